namespace Warehouse.Etl.Lift;

/// <summary>One row of <c>marts.pilot_metric_summaries</c> (or its monthly form) as Dapper reads it.</summary>
internal sealed class SummaryRow
{
    public string PilotId { get; set; } = "";

    public string Metric { get; set; } = "";

    public string? MetricKind { get; set; }

    public string Arm { get; set; } = "";

    public DateTime? AsOfMonth { get; set; }

    public long Customers { get; set; }

    public double ValueSum { get; set; }

    public double ValueSumSquares { get; set; }

    public double? DenominatorSum { get; set; }

    public double? DenominatorSumSquares { get; set; }

    public double? ValueDenominatorSum { get; set; }

    public long PairedCustomers { get; set; }

    public double? PairedValueSum { get; set; }

    public double? PairedValueSumSquares { get; set; }

    public double? CovariateSum { get; set; }

    public double? CovariateSumSquares { get; set; }

    public double? ValueCovariateSum { get; set; }

    /// <summary>The arm's sums; throws <see cref="ArgumentOutOfRangeException"/> for negative or non-finite figures.</summary>
    public ArmStatistics ToArm()
    {
        var outcome = new ArmSummary(Customers, ValueSum, ValueSumSquares);
        var ratio = DenominatorSum is { } denominator
            ? new RatioSums(denominator, DenominatorSumSquares ?? 0, ValueDenominatorSum ?? 0)
            : null;
        var paired = PairedCustomers > 0 && CovariateSum is { } covariate
            ? new PairedSums(
                PairedCustomers,
                PairedValueSum ?? 0,
                PairedValueSumSquares ?? 0,
                covariate,
                CovariateSumSquares ?? 0,
                ValueCovariateSum ?? 0)
            : PairedSums.None;
        return new ArmStatistics(outcome, ratio, paired);
    }
}
