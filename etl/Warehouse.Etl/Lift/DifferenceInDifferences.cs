namespace Warehouse.Etl.Lift;

/// <summary>
/// Difference-in-differences for observational pilots: over the customers of each arm with both a
/// pre-period value x and an outcome y (the paired customers), the change <c>d = y − x</c>; the effect is
/// <c>d̄ₚ − d̄ᶜ</c>, the pilot arm's change minus the comparison group's, compared by Welch's t on the
/// per-customer changes. From the paired sums: <c>Σd = Σy − Σx</c>, <c>Σd² = Σy² − 2Σxy + Σx²</c>.
/// </summary>
/// <remarks>
/// The estimate is causal only if the arms would have moved in parallel without the pilot; the pre-period
/// trend check (<see cref="PreTrendCheck"/>) tests what the data can say about that, and every output labels
/// the estimate observational. Reference: J. D. Angrist and J.-S. Pischke, Mostly Harmless Econometrics,
/// Princeton (2009), chapter 5.2.
/// </remarks>
public static class DifferenceInDifferences
{
    /// <summary>The method name stored in the marts.</summary>
    public const string Method = "difference_in_differences";

    /// <summary>The estimate, or the reason there is none.</summary>
    public static Estimation Between(MetricKind kind, ArmStatistics pilot, ArmStatistics control)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        ArgumentNullException.ThrowIfNull(control);
        if (kind == MetricKind.Ratio)
        {
            return Estimation.Refused(
                "Difference-in-differences is not applied to ratio metrics: the summaries pair the numerator only.");
        }

        if (pilot.Paired.Customers < 2 || control.Paired.Customers < 2)
        {
            return Estimation.Refused(
                $"The pilot arm has {pilot.Paired.Customers} and the comparison group {control.Paired.Customers} "
                + "customers with both a pre-period value and an outcome; difference-in-differences needs at "
                + "least two in each.");
        }

        return WelchTest.Between(Changes(pilot.Paired), Changes(control.Paired), Method);
    }

    /// <summary>The per-customer changes y − x of an arm's paired customers, as sums.</summary>
    public static ArmSummary Changes(PairedSums paired)
    {
        ArgumentNullException.ThrowIfNull(paired);
        var sum = paired.ValueSum - paired.CovariateSum;
        var squares = paired.ValueSumSquares - 2 * paired.ValueCovariateSum + paired.CovariateSumSquares;
        return new ArmSummary(paired.Customers, sum, Math.Max(squares, 0));
    }
}
