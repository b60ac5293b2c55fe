using System.Text.Json;
using Warehouse.Etl.Generation;

namespace Warehouse.Etl.Tests.Generation;

/// <summary>The sample in <c>data-samples/synthetic</c> is what the generator makes of its recorded options.</summary>
public sealed class CommittedSampleTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void The_committed_sample_is_what_its_recorded_options_generate_today()
    {
        var sample = Path.Combine(RepositoryFiles.Root, "data-samples", "synthetic");
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(sample, PortfolioGenerator.TruthFileName)));
        var recorded = truth.RootElement.GetProperty("options");
        var options = new GeneratorOptions
        {
            Customers = recorded.GetProperty("customers").GetInt32(),
            Months = recorded.GetProperty("months").GetInt32(),
            Seed = recorded.GetProperty("seed").GetInt32(),
            Format = GeneratorOptions.ParseFormat(recorded.GetProperty("format").GetString()!),
            LastMonth = GeneratorOptions.ParseMonth(recorded.GetProperty("last_month").GetString()!),
        };

        var result = PortfolioGenerator.Generate(options, _folder.Path, CancellationToken.None);

        Assert.Equal(
            (200, 13, 42, GeneratorFormat.Csv),
            (options.Customers, options.Months, options.Seed, options.Format));
        foreach (var file in result.Extracts.Select(e => e.Path).Append(result.TruthPath))
        {
            var committed = File.ReadAllBytes(Path.Combine(sample, Path.GetFileName(file)));
            Assert.True(
                committed.AsSpan().SequenceEqual(File.ReadAllBytes(file)),
                $"{Path.GetFileName(file)} differs from a fresh run: regenerate the sample with the command "
                + "in its truth.json");
        }
    }

    public void Dispose() => _folder.Dispose();
}
