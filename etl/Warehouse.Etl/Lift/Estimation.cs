namespace Warehouse.Etl.Lift;

/// <summary>
/// What an estimator gives back: an estimate, or the plain-words reason there is none (an arm with fewer
/// than two customers, zero variance, a zero denominator). Exactly one of the two is set.
/// </summary>
public sealed record Estimation
{
    private Estimation(DifferenceEstimate? estimate, string? reason)
    {
        Estimate = estimate;
        Reason = reason;
    }

    /// <summary>The estimate; <see langword="null"/> when <see cref="Reason"/> is set.</summary>
    public DifferenceEstimate? Estimate { get; }

    /// <summary>Why there is no estimate, as a sentence; <see langword="null"/> when there is one.</summary>
    public string? Reason { get; }

    /// <summary>An estimate whose standard error is positive and finite.</summary>
    public static Estimation Of(DifferenceEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return new Estimation(estimate, null);
    }

    /// <summary>No estimate, with the reason.</summary>
    public static Estimation Refused(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new Estimation(null, reason);
    }

    /// <summary>
    /// The estimate, or a refusal when its standard error is zero or not finite (sums whose squares underflow).
    /// </summary>
    internal static Estimation Checked(DifferenceEstimate estimate, string zeroVarianceReason) =>
        estimate.StandardError is > 0 and < double.PositiveInfinity && double.IsFinite(estimate.Statistic)
            ? Of(estimate)
            : Refused(zeroVarianceReason);
}
