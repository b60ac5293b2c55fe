using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Generation;

/// <summary>The extracts of a generated portfolio, open for writing, one file each.</summary>
internal sealed class PortfolioWriters : IDisposable
{
    private readonly List<ExtractOutput> _outputs = [];

    public PortfolioWriters(
        ContractCatalog contracts, string folder, GeneratorFormat format, CancellationToken cancellation)
    {
        try
        {
            foreach (var contract in contracts.All)
            {
                _outputs.Add(new ExtractOutput(contract, folder, format, cancellation));
            }

            Customers = new CustomerRows(Output("customers"));
            Risk = new RiskRows(Output("risk"));
            Engagement = new EngagementRows(Output("engagement"));
            Surveys = new SurveyRows(Output("surveys"));
            Pilots = new PilotRows(Output("pilots"), Output("pilot_goals"), Output("assignments"));
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public CustomerRows Customers { get; }

    public RiskRows Risk { get; }

    public EngagementRows Engagement { get; }

    public SurveyRows Surveys { get; }

    public PilotRows Pilots { get; }

    /// <summary>Closes every file and moves it into place, in load order.</summary>
    public IReadOnlyList<GeneratedExtract> Complete() => _outputs.Select(o => o.Complete()).ToList();

    /// <summary>Deletes the partial files of a run that did not complete.</summary>
    public void Dispose()
    {
        foreach (var output in _outputs)
        {
            output.Dispose();
        }
    }

    private ExtractOutput Output(string extract) =>
        _outputs.FirstOrDefault(o => o.Contract.Extract == extract)
        ?? throw new InvalidOperationException(
            $"The contracts declare no '{extract}' extract, which the generator writes.");
}
