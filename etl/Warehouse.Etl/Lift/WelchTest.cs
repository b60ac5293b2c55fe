namespace Warehouse.Etl.Lift;

/// <summary>
/// Welch's two-sample t test of a difference in means, for rate and mean metrics: the estimate of each arm
/// is its mean x̄, with variance <c>s²/n</c> (sample variance with <c>n − 1</c>); the difference
/// x̄ₚ − x̄ᶜ has standard error <c>√(s²ₚ/nₚ + s²ᶜ/nᶜ)</c> and Welch–Satterthwaite degrees of freedom
/// <c>(s²ₚ/nₚ + s²ᶜ/nᶜ)² / ((s²ₚ/nₚ)²/(nₚ − 1) + (s²ᶜ/nᶜ)²/(nᶜ − 1))</c>.
/// </summary>
/// <remarks>
/// For a rate (0/1 values) this is the unpooled two-proportion comparison. Reference: B. L. Welch, "The
/// generalization of 'Student's' problem when several different population variances are involved",
/// Biometrika 34 (1947) 28–35.
/// </remarks>
public static class WelchTest
{
    /// <summary>The method name stored in the marts.</summary>
    public const string Method = "welch";

    /// <summary>
    /// The comparison, or a reason when it cannot be made: an arm with fewer than two customers, or zero
    /// variance in both arms (no standard error).
    /// </summary>
    public static Estimation Between(ArmSummary pilot, ArmSummary control, string method = Method)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        ArgumentNullException.ThrowIfNull(control);
        if (pilot.Variance is not { } pilotVariance || control.Variance is not { } controlVariance)
        {
            return Estimation.Refused(TooFewCustomers(pilot.Customers, control.Customers));
        }

        var pilotShare = pilotVariance / pilot.Customers;
        var controlShare = controlVariance / control.Customers;
        var estimate = new DifferenceEstimate(
            pilot.Mean!.Value,
            pilotShare,
            control.Mean!.Value,
            controlShare,
            DifferenceEstimate.WelchDegreesOfFreedom(pilotShare, pilot.Customers, controlShare, control.Customers),
            method);
        return Estimation.Checked(estimate, ZeroVariance);
    }

    /// <summary>The reason given when an arm has fewer than two customers.</summary>
    internal static string TooFewCustomers(long pilotCustomers, long controlCustomers) =>
        $"The pilot arm has {pilotCustomers} and the control arm {controlCustomers} customers with "
        + "this metric; an interval and a p-value need at least two in each arm.";

    /// <summary>The reason given when neither arm varies.</summary>
    internal const string ZeroVariance =
        "Every customer in both arms has the same value within each arm (zero variance), so the "
        + "difference has no standard error: no interval, t statistic or p-value.";
}
