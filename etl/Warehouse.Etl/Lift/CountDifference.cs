namespace Warehouse.Etl.Lift;

/// <summary>
/// The difference in events per customer for count metrics: Welch's t on the per-customer counts
/// (<see cref="WelchTest"/>), with the arms' observed variances s² rather than the Poisson variance x̄.
/// </summary>
/// <remarks>
/// Why not a Poisson test: customer event counts are over-dispersed (a few customers account for many
/// contacts), and a Poisson standard error √(x̄/n) then understates the uncertainty. The observed variance
/// is valid whatever the dispersion, by the central limit theorem on the per-customer counts. Reference:
/// A. C. Cameron and P. K. Trivedi, Regression Analysis of Count Data, 2nd ed., Cambridge (2013), ch. 3.
/// </remarks>
public static class CountDifference
{
    /// <summary>The method name stored in the marts.</summary>
    public const string Method = "welch_counts";

    /// <summary>The comparison, or the reason there is none (see <see cref="WelchTest.Between"/>).</summary>
    public static Estimation Between(ArmSummary pilot, ArmSummary control)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        ArgumentNullException.ThrowIfNull(control);
        if (pilot.Sum < 0 || control.Sum < 0)
        {
            return Estimation.Refused(
                "A count metric has a negative sum of counts; the summaries are not counts of events.");
        }

        return WelchTest.Between(pilot, control, Method);
    }
}
