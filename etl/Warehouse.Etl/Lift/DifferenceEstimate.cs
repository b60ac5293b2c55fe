namespace Warehouse.Etl.Lift;

/// <summary>
/// An estimate of the difference between the pilot arm and the control arm, built from each arm's estimate
/// and the variance of that estimate (its squared standard error). The arms are independent, so
/// <c>Var(Δ) = Vₚ + Vᶜ</c>.
/// </summary>
/// <remarks>
/// With <see cref="DegreesOfFreedom"/> set, intervals and p-values use Student t (Welch: the
/// Welch–Satterthwaite degrees of freedom); without, the standard normal. p-values are computed from the
/// tail directly (<see cref="TailProbability"/>), so they stay positive and accurate far into the tail.
/// </remarks>
/// <param name="PilotValue">The pilot arm's estimate (a mean, an NPS, a ratio).</param>
/// <param name="PilotVariance">Variance of <paramref name="PilotValue"/>; finite, not negative.</param>
/// <param name="ControlValue">The control arm's estimate.</param>
/// <param name="ControlVariance">Variance of <paramref name="ControlValue"/>; finite, not negative.</param>
/// <param name="DegreesOfFreedom">Student t degrees of freedom, or <see langword="null"/> for the normal.</param>
/// <param name="Method">Which estimator produced it, as stored in the marts (for example <c>welch</c>).</param>
public sealed record DifferenceEstimate(
    double PilotValue,
    double PilotVariance,
    double ControlValue,
    double ControlVariance,
    double? DegreesOfFreedom,
    string Method)
{
    /// <summary>Pilot minus control.</summary>
    public double Difference => PilotValue - ControlValue;

    /// <summary>√(Vₚ + Vᶜ); positive for every estimate an estimator returns.</summary>
    public double StandardError => Math.Sqrt(PilotVariance + ControlVariance);

    /// <summary>The difference over its standard error (t or z).</summary>
    public double Statistic => Difference / StandardError;

    /// <summary>Two-sided p-value of a zero difference; finite and positive.</summary>
    public double PValue => DegreesOfFreedom is { } df
        ? TailProbability.StudentTTwoSided(Statistic, df)
        : TailProbability.NormalTwoSided(Statistic);

    /// <summary>Half the width of the two-sided interval at a confidence level (for example 0.95).</summary>
    public double HalfWidth(double confidenceLevel) =>
        (DegreesOfFreedom is { } df
            ? TailProbability.StudentTCritical(confidenceLevel, df)
            : TailProbability.NormalCritical(confidenceLevel))
        * StandardError;

    /// <summary>Lower end of the two-sided interval.</summary>
    public double Low(double confidenceLevel) => Difference - HalfWidth(confidenceLevel);

    /// <summary>Upper end of the two-sided interval.</summary>
    public double High(double confidenceLevel) => Difference + HalfWidth(confidenceLevel);

    /// <summary>Both ends of the two-sided interval.</summary>
    public (double Low, double High) Interval(double confidenceLevel)
    {
        var halfWidth = HalfWidth(confidenceLevel);
        return (Difference - halfWidth, Difference + halfWidth);
    }

    /// <summary>
    /// Welch–Satterthwaite degrees of freedom for two arm variances with <c>n − 1</c> degrees of freedom each:
    /// <c>(Vₚ + Vᶜ)² / (Vₚ²/(nₚ − 1) + Vᶜ²/(nᶜ − 1))</c>; <see langword="null"/> when it is not finite.
    /// </summary>
    public static double? WelchDegreesOfFreedom(
        double pilotVariance, long pilotCustomers, double controlVariance, long controlCustomers)
    {
        var total = pilotVariance + controlVariance;
        var degreesOfFreedom = total * total
            / (pilotVariance * pilotVariance / (pilotCustomers - 1)
                + controlVariance * controlVariance / (controlCustomers - 1));
        return double.IsFinite(degreesOfFreedom) && degreesOfFreedom > 0 ? degreesOfFreedom : null;
    }
}
