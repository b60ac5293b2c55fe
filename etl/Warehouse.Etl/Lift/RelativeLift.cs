namespace Warehouse.Etl.Lift;

/// <summary>
/// Relative lift <c>r = P/C − 1</c> of the pilot arm's estimate P over the control arm's C, with a 95%
/// interval by the delta method for a ratio of two independent estimates:
/// <c>Var(P/C) ≈ Vₚ/C² + P²·Vᶜ/C⁴</c>, interval <c>r ± z·√Var</c> with the normal critical value.
/// </summary>
/// <remarks>
/// Not computed (a reason instead) when C is zero (undefined) or negative (a ratio to a negative base would
/// read an improvement as a fall). The delta method is labelled as such; Fieller's interval would be
/// asymmetric and is not used. Reference: Deng, Knoblich and Lu (KDD 2018), section 3.3.
/// </remarks>
/// <param name="Value">P/C − 1, a share (0.12 = +12%).</param>
/// <param name="Low">Lower end of the interval; null without a standard error.</param>
/// <param name="High">Upper end of the interval; null without a standard error.</param>
/// <param name="Reason">Why a figure is missing; null when all are present.</param>
public sealed record RelativeLift(double? Value, double? Low, double? High, string? Reason)
{
    /// <summary>The method name stored in the marts.</summary>
    public const string Method = "delta_method";

    /// <summary>
    /// The relative lift of two arm estimates, with the interval when <paramref name="difference"/> carries
    /// their variances.
    /// </summary>
    public static RelativeLift Of(double? pilotValue, double? controlValue, DifferenceEstimate? difference)
    {
        if (pilotValue is not { } pilot || controlValue is not { } control)
        {
            return new RelativeLift(null, null, null, null);
        }

        if (control == 0)
        {
            return new RelativeLift(
                null, null, null, "The control mean is zero, so a relative lift is undefined (a zero baseline).");
        }

        if (control < 0)
        {
            return new RelativeLift(
                null,
                null,
                null,
                "The control mean is negative, so a relative lift would read an improvement as a fall; "
                + "use the absolute lift.");
        }

        var value = pilot / control - 1;
        if (!double.IsFinite(value))
        {
            return new RelativeLift(null, null, null, "The control mean is too close to zero for a relative lift.");
        }

        if (difference is null)
        {
            return new RelativeLift(value, null, null, null);
        }

        var controlSquared = control * control;
        var variance = difference.PilotVariance / controlSquared
            + pilot * pilot * difference.ControlVariance / (controlSquared * controlSquared);
        var halfWidth = TailProbability.NormalCritical(LiftCalculator.ConfidenceLevel) * Math.Sqrt(variance);
        return double.IsFinite(halfWidth)
            ? new RelativeLift(value, value - halfWidth, value + halfWidth, null)
            : new RelativeLift(value, null, null, "The control mean is too close to zero for a relative interval.");
    }
}
