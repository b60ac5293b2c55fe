using Warehouse.Reports.Pilots;

namespace Warehouse.Reports.Monthly;

/// <summary>
/// Everything the monthly leadership PDF shows, as plain figures: the renderer formats them and words them by
/// fixed rules, adding no figure of its own. Rates are shares between 0 and 1 and null where their denominator
/// was zero; NPS is on the -100..100 scale.
/// </summary>
/// <param name="Month">The report month as its last day (the warehouse's <c>month_date</c>).</param>
/// <param name="PortfolioTitle">The portfolio's name as shown on the cover and in the running header.</param>
/// <param name="DataLoadedAt">When the last extract file was loaded (UTC); null when none was.</param>
/// <param name="Kpis">Headline tiles in display order, each against last month and a year before.</param>
/// <param name="Trend">Portfolio KPIs of the report month and up to twelve months before it, oldest first.</param>
/// <param name="Segments">Risk band by engagement band for the report month, with last month's customers.</param>
/// <param name="EarlyWarnings">Customers flagged by each early-warning rule this month and last month.</param>
/// <param name="PilotLift">One row per pilot and metric, as written by the lift job.</param>
/// <param name="Pilots">Every pilot of the warehouse with its owner, dates, outcome window and planned split.</param>
/// <param name="DataQuality">Rows loaded and rejected, freshness and drift per extract over every load batch.</param>
/// <param name="RollRates">The report month's roll-rate matrix, from-bucket by to-bucket.</param>
/// <param name="Vintages">Delinquency by quarter of opening and months on book, up to the report month.</param>
/// <param name="Batches">Every loaded batch, by extract and batch id.</param>
/// <param name="Build">The build that wrote the tables read; null when the warehouse records none.</param>
public sealed record MonthlyReport(
    DateOnly Month,
    string PortfolioTitle,
    DateTime? DataLoadedAt,
    IReadOnlyList<KpiTile> Kpis,
    IReadOnlyList<PortfolioMonth> Trend,
    IReadOnlyList<SegmentRow> Segments,
    IReadOnlyList<EarlyWarningCount> EarlyWarnings,
    IReadOnlyList<PilotLiftRow> PilotLift,
    IReadOnlyList<Pilot> Pilots,
    IReadOnlyList<DataQualityRow> DataQuality,
    IReadOnlyList<RollRateCell> RollRates,
    IReadOnlyList<VintageCell> Vintages,
    IReadOnlyList<LoadBatch> Batches,
    BuildProvenance? Build)
{
    /// <summary>The verdict on each pilot (<c>marts.pilot_verdicts</c>); empty when the lift job wrote none.</summary>
    public IReadOnlyList<PilotVerdictSummary> PilotVerdicts { get; init; } = [];

    /// <summary>Every pilot's goals with their decision estimates and verdicts, in declared order.</summary>
    public IReadOnlyList<PilotGoal> PilotGoals { get; init; } = [];
}
