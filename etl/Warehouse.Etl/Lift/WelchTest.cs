namespace Warehouse.Etl.Lift;

/// <summary>
/// Welch's two-sample t test of the difference in means between the pilot arm and the control arm,
/// with Welch–Satterthwaite degrees of freedom.
/// </summary>
/// <param name="Difference">Pilot mean minus control mean.</param>
/// <param name="StandardError">√(s²ₚ/nₚ + s²ᶜ/nᶜ).</param>
/// <param name="DegreesOfFreedom">
/// (s²ₚ/nₚ + s²ᶜ/nᶜ)² / ((s²ₚ/nₚ)²/(nₚ−1) + (s²ᶜ/nᶜ)²/(nᶜ−1)).
/// </param>
/// <param name="TStatistic">Difference divided by its standard error.</param>
/// <param name="PValue">Two-sided; finite and positive (see <see cref="TailProbability.Floor"/>).</param>
internal sealed record WelchTest(
    double Difference,
    double StandardError,
    double DegreesOfFreedom,
    double TStatistic,
    double PValue)
{
    /// <summary>
    /// The test, or <see langword="null"/> when it cannot be computed: an arm with fewer than two customers,
    /// or zero variance in both arms (no standard error).
    /// </summary>
    public static WelchTest? Between(ArmSummary pilot, ArmSummary control)
    {
        if (pilot.Variance is not { } pilotVariance || control.Variance is not { } controlVariance)
        {
            return null;
        }

        var pilotShare = pilotVariance / pilot.Customers;
        var controlShare = controlVariance / control.Customers;
        var squaredError = pilotShare + controlShare;
        if (squaredError <= 0)
        {
            return null;
        }

        var degreesOfFreedom = squaredError * squaredError
            / (pilotShare * pilotShare / (pilot.Customers - 1)
                + controlShare * controlShare / (control.Customers - 1));
        var difference = pilot.Mean!.Value - control.Mean!.Value;
        var standardError = Math.Sqrt(squaredError);
        var t = difference / standardError;
        if (!double.IsFinite(t) || double.IsNaN(degreesOfFreedom))
        {
            // Variances so small that their squares underflow: no usable test.
            return null;
        }

        return new WelchTest(
            difference,
            standardError,
            degreesOfFreedom,
            t,
            TailProbability.StudentTTwoSided(t, degreesOfFreedom));
    }

    /// <summary>Half the width of the two-sided interval at a confidence level (e.g. 0.95).</summary>
    public double HalfWidth(double confidenceLevel) =>
        TailProbability.StudentTCritical(confidenceLevel, DegreesOfFreedom) * StandardError;
}
