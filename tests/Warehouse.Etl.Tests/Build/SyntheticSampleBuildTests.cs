using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Etl.Build;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Tests.Build;

/// <summary>
/// The committed synthetic sample (data-samples/synthetic) loaded, built, lifted and tested as the pipeline
/// does it, and the pilot summaries checked against the figures the generator recorded in truth.json.
/// </summary>
public sealed class SyntheticSampleBuildTests : IDisposable
{
    private static readonly string Sample = Path.Combine(RepositoryFiles.Root, "data-samples", "synthetic");

    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void The_sample_builds_and_passes_every_data_test_with_the_lift_job_between()
    {
        LoadSample();
        var builder = new ModelBuilder(_warehouse.Database, TestWarehouse.EmbeddedCatalog, NullLogger.Instance);

        var report = builder.BuildModels();
        new PilotLiftJob(NullLogger<PilotLiftJob>.Instance).Run(_warehouse.Database.Connection);
        var tests = builder.RunDataTests(report.RunId);

        Assert.All(tests, t => Assert.True(t.Passed, t.Name));
        Assert.Contains(tests, t => t.Name == "unique(marts.pilot_lift: pilot_id, metric)");
        // truth.json: the sample has 200 customers, each with one current version.
        Assert.Equal(200L, _warehouse.Scalar<long>("select count(*) from core.dim_customer where is_current"));
    }

    [Fact]
    public void Pilot_summaries_agree_with_the_outcomes_the_generator_recorded()
    {
        LoadSample();
        new ModelBuilder(_warehouse.Database, TestWarehouse.EmbeddedCatalog, NullLogger.Instance).Build();

        // truth.json holds, per pilot metric, the customers with an outcome and the observed arm values the
        // generator computed from its own simulation, independently of the SQL models: means, and for a
        // ratio metric the ratio of the arm's sums.
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(Sample, "truth.json")));
        var expected = new Dictionary<string, string>();
        foreach (var pilot in truth.RootElement.GetProperty("pilots").EnumerateArray())
        {
            foreach (var effect in pilot.GetProperty("effects").EnumerateArray())
            {
                var pilotId = pilot.GetProperty("pilot_id").GetString();
                var metric = $"{pilotId} | {effect.GetProperty("metric").GetString()}";
                foreach (var arm in new[] { "pilot", "control" })
                {
                    expected[$"{metric} | {arm}"] = Figures(
                        effect.GetProperty($"observed_{arm}_customers").GetInt64(),
                        effect.GetProperty($"observed_{arm}_value").GetDouble());
                }
            }
        }

        var actual = _warehouse.Database.Connection
            .Query<(string PilotId, string Metric, string Arm, long Customers, double ValueSum, double Denominator)>(
                """
                select pilot_id, metric, arm, customers, value_sum, coalesce(denominator_sum, customers)
                from marts.pilot_metric_summaries
                """)
            .ToDictionary(
                s => $"{s.PilotId} | {s.Metric} | {s.Arm}",
                s => Figures(s.Customers, s.ValueSum / s.Denominator));
        Assert.NotEmpty(expected);
        Assert.All(expected, e => Assert.Equal($"{e.Key}: {e.Value}", $"{e.Key}: {actual.GetValueOrDefault(e.Key)}"));
    }

    private static string Figures(long customers, double value) =>
        string.Create(CultureInfo.InvariantCulture, $"{customers} customers, value {value:0.######}");

    private void LoadSample()
    {
        foreach (var extract in ContractCatalog.LoadOrder)
        {
            _warehouse.Load(extract, Path.Combine(Sample, extract + ".csv"));
        }
    }

    public void Dispose() => _warehouse.Dispose();
}
