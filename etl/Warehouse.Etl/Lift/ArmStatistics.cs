namespace Warehouse.Etl.Lift;

/// <summary>
/// Everything <c>marts.pilot_metric_summaries</c> holds for one arm of one pilot metric: the outcome's sums,
/// the denominator's sums for a ratio metric, and the pre-period pairs for CUPED and difference-in-differences.
/// </summary>
/// <param name="Outcome">Customers with a value, Σ and Σ² of the value (ratio: of the numerator).</param>
/// <param name="Ratio">The denominator's sums; ratio metrics only.</param>
/// <param name="Paired">Customers with a pre-period value; <see cref="PairedSums.None"/> when there are none.</param>
public sealed record ArmStatistics(ArmSummary Outcome, RatioSums? Ratio, PairedSums Paired)
{
    /// <summary>An arm without any customer.</summary>
    public static ArmStatistics Empty { get; } = new(ArmSummary.Empty, null, PairedSums.None);

    /// <summary>An arm known only by its outcome sums (no ratio denominator, no pre-period values).</summary>
    public static ArmStatistics OfOutcome(ArmSummary outcome) => new(outcome, null, PairedSums.None);
}
