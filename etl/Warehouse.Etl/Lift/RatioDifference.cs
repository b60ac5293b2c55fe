namespace Warehouse.Etl.Lift;

/// <summary>
/// The difference of a ratio metric (for example paid over due) between the arms, by the delta method.
/// Per arm, over the n customers with both a numerator x and a denominator y, the ratio is
/// <c>R = Σx/Σy = x̄/ȳ</c> and <c>Var(R) ≈ (s²ₓ − 2R·sₓᵧ + R²·s²ᵧ) / (n·ȳ²)</c>, with sample variances and the
/// sample covariance <c>sₓᵧ = (Σxy − ΣxΣy/n)/(n − 1)</c>: the covariance term matters because a customer's
/// paid and due move together. The difference has the sum of the arms' variances; intervals and p-values
/// use the normal.
/// </summary>
/// <remarks>
/// Reference: A. Deng, U. Knoblich and J. Lu, "Applying the delta method in metric analytics: a practical
/// guide with novel ideas", KDD 2018, section 3.
/// </remarks>
public static class RatioDifference
{
    /// <summary>The method name stored in the marts.</summary>
    public const string Method = "delta_method_ratio";

    /// <summary>The comparison, or the reason there is none.</summary>
    public static Estimation Between(ArmStatistics pilot, ArmStatistics control)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        ArgumentNullException.ThrowIfNull(control);
        if (pilot.Outcome.Customers < 2 || control.Outcome.Customers < 2)
        {
            return Estimation.Refused(WelchTest.TooFewCustomers(pilot.Outcome.Customers, control.Outcome.Customers));
        }

        if (pilot.Ratio is null || control.Ratio is null)
        {
            return Estimation.Refused(
                "The ratio metric has no denominator sums in the pilot summaries, so no ratio can be formed.");
        }

        if (pilot.Ratio.DenominatorSum == 0 || control.Ratio.DenominatorSum == 0)
        {
            return Estimation.Refused("The denominators of an arm sum to zero, so its ratio is undefined.");
        }

        var (pilotRatio, pilotVariance) = RatioAndVariance(pilot.Outcome, pilot.Ratio);
        var (controlRatio, controlVariance) = RatioAndVariance(control.Outcome, control.Ratio);
        var estimate = new DifferenceEstimate(
            pilotRatio, pilotVariance, controlRatio, controlVariance, DegreesOfFreedom: null, Method);
        return Estimation.Checked(
            estimate,
            "Every customer in each arm has the same ratio of numerator to denominator, so the difference has "
            + "no standard error: no interval or p-value.");
    }

    /// <summary>
    /// The ratio Σx/Σy and the variance of one customer's linearised contribution, (s²ₓ − 2R·sₓᵧ + R²·s²ᵧ)/ȳ²;
    /// the variance of the arm's ratio is this over n. <see langword="null"/> for fewer than two customers or
    /// a zero denominator.
    /// </summary>
    public static (double Ratio, double PerCustomerVariance)? Linearised(ArmSummary numerator, RatioSums denominator)
    {
        ArgumentNullException.ThrowIfNull(numerator);
        ArgumentNullException.ThrowIfNull(denominator);
        if (numerator.Customers < 2 || denominator.DenominatorSum == 0)
        {
            return null;
        }

        double n = numerator.Customers;
        var ratio = numerator.Sum / denominator.DenominatorSum;
        var denominatorMean = denominator.DenominatorSum / n;
        var numeratorVariance = numerator.Variance!.Value;
        var denominatorVariance =
            CentredSums.Square(n, denominator.DenominatorSum, denominator.DenominatorSumSquares) / (n - 1);
        var covariance = CentredSums.CrossProduct(
            n, numerator.Sum, denominator.DenominatorSum, denominator.ValueDenominatorSum) / (n - 1);
        var linearised = numeratorVariance - 2 * ratio * covariance + ratio * ratio * denominatorVariance;
        return (ratio, Math.Max(linearised, 0) / (denominatorMean * denominatorMean));
    }

    private static (double Ratio, double Variance) RatioAndVariance(ArmSummary numerator, RatioSums denominator)
    {
        var (ratio, perCustomer) = Linearised(numerator, denominator)!.Value;
        return (ratio, perCustomer / numerator.Customers);
    }
}
