namespace Warehouse.Etl.Lift;

/// <summary>
/// CUPED: the difference in means adjusted by a pre-period covariate x of the same customers (the metric's
/// own value over a window of the same length before assignment). With
/// <c>θ = Σₐ Cₓᵧ,ₐ / Σₐ Cₓₓ,ₐ</c>, the pooled within-arm covariance of outcome and covariate over the pooled
/// within-arm variance of the covariate, the adjusted difference is
/// <c>(ȳₚ − ȳᶜ) − θ·(x̄ₚ − x̄ᶜ)</c>, and each arm's adjusted mean has variance
/// <c>(Cᵧᵧ − 2θ·Cₓᵧ + θ²·Cₓₓ) / ((n − 1)·n)</c>; intervals and p-values are Welch's on these variances.
/// Here C are centred sums of squares and cross-products within an arm.
/// </summary>
/// <remarks>
/// <para>
/// Customers without a pre-period value keep their outcome and take the pooled mean covariate of the paired
/// customers of both arms, x̄₀, so the adjusted estimate covers the same customers as the raw one: their
/// covariate carries no information and adjusts nothing, and since whether a customer has a pre-period value
/// is settled before assignment the adjustment stays unbiased under randomisation. Centred within arms, θ is
/// not moved by the treatment effect. θ is estimated from the same data; its own uncertainty is of a lower
/// order and is not added, as in the reference.
/// </para>
/// <para>
/// Reference: A. Deng, Y. Xu, R. Kohavi and T. Walker, "Improving the sensitivity of online controlled
/// experiments by utilizing pre-experiment data", WSDM 2013.
/// </para>
/// </remarks>
public static class CupedAdjustment
{
    /// <summary>The method name stored in the marts.</summary>
    public const string Method = "cuped";

    /// <summary>
    /// The adjusted difference and θ, or the reason there is none: a ratio metric, no paired customer,
    /// fewer than two customers in an arm, a covariate without spread, zero adjusted variance.
    /// </summary>
    public static (Estimation Adjusted, double? Theta) Between(MetricKind kind, ArmStatistics pilot, ArmStatistics control)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        ArgumentNullException.ThrowIfNull(control);
        if (kind == MetricKind.Ratio)
        {
            return (Estimation.Refused(
                "CUPED is not applied to ratio metrics: the summaries pair the numerator only."), null);
        }

        long pilotCustomers = pilot.Outcome.Customers;
        long controlCustomers = control.Outcome.Customers;
        if (pilotCustomers < 2 || controlCustomers < 2)
        {
            return (Estimation.Refused(WelchTest.TooFewCustomers(pilotCustomers, controlCustomers)), null);
        }

        var paired = pilot.Paired.Customers + control.Paired.Customers;
        if (paired == 0)
        {
            return (Estimation.Refused(
                "No customer has a pre-period value of this metric, so there is no covariate for CUPED."), null);
        }

        if (pilot.Paired.Customers > pilotCustomers || control.Paired.Customers > controlCustomers)
        {
            return (Estimation.Refused(
                "The summaries count more paired customers than customers in an arm; CUPED is left out."), null);
        }

        var fill = (pilot.Paired.CovariateSum + control.Paired.CovariateSum) / paired;
        var pilotSums = Centred(pilot, fill);
        var controlSums = Centred(control, fill);
        var covariateSpread = pilotSums.Xx + controlSums.Xx;
        if (covariateSpread <= 0)
        {
            return (Estimation.Refused(
                "The pre-period values do not vary between customers, so they cannot adjust the outcome."), null);
        }

        var theta = (pilotSums.Xy + controlSums.Xy) / covariateSpread;
        var pilotVariance = AdjustedVariance(pilotSums, theta, pilotCustomers);
        var controlVariance = AdjustedVariance(controlSums, theta, controlCustomers);
        var estimate = new DifferenceEstimate(
            pilot.Outcome.Mean!.Value - theta * (pilotSums.CovariateMean - fill),
            pilotVariance,
            control.Outcome.Mean!.Value - theta * (controlSums.CovariateMean - fill),
            controlVariance,
            DifferenceEstimate.WelchDegreesOfFreedom(pilotVariance, pilotCustomers, controlVariance, controlCustomers),
            Method);
        return (Estimation.Checked(estimate, WelchTest.ZeroVariance), theta);
    }

    /// <summary>Centred sums of one arm over all its customers, unpaired ones taking the covariate <paramref name="fill"/>.</summary>
    private static (double Yy, double Xx, double Xy, double CovariateMean) Centred(ArmStatistics arm, double fill)
    {
        double n = arm.Outcome.Customers;
        var unpaired = n - arm.Paired.Customers;
        var sumX = arm.Paired.CovariateSum + unpaired * fill;
        var sumXx = arm.Paired.CovariateSumSquares + unpaired * fill * fill;
        var sumXy = arm.Paired.ValueCovariateSum + fill * (arm.Outcome.Sum - arm.Paired.ValueSum);
        return (
            CentredSums.Square(n, arm.Outcome.Sum, arm.Outcome.SumOfSquares),
            CentredSums.Square(n, sumX, sumXx),
            CentredSums.CrossProduct(n, sumX, arm.Outcome.Sum, sumXy),
            sumX / n);
    }

    private static double AdjustedVariance((double Yy, double Xx, double Xy, double CovariateMean) sums, double theta,
        long customers)
    {
        var centred = sums.Yy - 2 * theta * sums.Xy + theta * theta * sums.Xx;
        return Math.Max(centred, 0) / (customers - 1) / customers;
    }
}
