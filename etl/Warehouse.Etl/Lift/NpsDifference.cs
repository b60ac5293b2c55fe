namespace Warehouse.Etl.Lift;

/// <summary>
/// The difference in net promoter score with the standard error of the three-way split. Each respondent
/// scores +100 (promoter), 0 (passive) or −100 (detractor), so from an arm's n, Σ and Σ² the promoter and
/// detractor shares are <c>p₊ = (Σ/100 + Σ²/100²)/(2n)</c> and <c>p₋ = (Σ²/100² − Σ/100)/(2n)</c>; the
/// arm's NPS is <c>100·(p₊ − p₋)</c> with variance <c>100²·(p₊ + p₋ − (p₊ − p₋)²)/n</c> (multinomial).
/// The difference of two arms' NPS has the sum of their variances; intervals and p-values use the normal.
/// </summary>
/// <remarks>
/// Reference: B. Rocks, "Interval estimation for the 'net promoter score'", The American Statistician 70
/// (2016) 365–372. The variance divides by n (the multinomial variance), where Welch on the ±100/0 values
/// would divide by n − 1.
/// </remarks>
public static class NpsDifference
{
    /// <summary>The method name stored in the marts.</summary>
    public const string Method = "nps_three_way_split";

    // Shares recovered from sums of ±100 carry rounding of the order of 1e-12; a wider gap is not NPS data.
    private const double ShareTolerance = 1e-9;

    /// <summary>The comparison, or the reason there is none.</summary>
    public static Estimation Between(ArmSummary pilot, ArmSummary control)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        ArgumentNullException.ThrowIfNull(control);
        if (pilot.Customers < 2 || control.Customers < 2)
        {
            return Estimation.Refused(WelchTest.TooFewCustomers(pilot.Customers, control.Customers));
        }

        if (Split(pilot) is not { } pilotSplit || Split(control) is not { } controlSplit)
        {
            return Estimation.Refused(
                "The NPS sums do not come from +100/0/−100 values (the promoter and detractor shares they imply "
                + "fall outside 0..1); check the nps metric of the pilot summaries.");
        }

        var estimate = new DifferenceEstimate(
            100 * (pilotSplit.Promoters - pilotSplit.Detractors),
            Variance(pilotSplit, pilot.Customers),
            100 * (controlSplit.Promoters - controlSplit.Detractors),
            Variance(controlSplit, control.Customers),
            DegreesOfFreedom: null,
            Method);
        return Estimation.Checked(
            estimate,
            "Every respondent in each arm gave the same kind of answer (all promoters, all passives or all "
            + "detractors), so the NPS difference has no standard error: no interval or p-value.");
    }

    /// <summary>Promoter and detractor shares of an arm; <see langword="null"/> when the sums are not NPS values.</summary>
    public static (double Promoters, double Detractors)? Split(ArmSummary arm)
    {
        ArgumentNullException.ThrowIfNull(arm);
        if (arm.Customers == 0)
        {
            return null;
        }

        double n = arm.Customers;
        var signed = arm.Sum / 100;
        var answered = arm.SumOfSquares / 10_000;
        var promoters = (answered + signed) / (2 * n);
        var detractors = (answered - signed) / (2 * n);
        if (promoters < -ShareTolerance || detractors < -ShareTolerance || promoters + detractors > 1 + ShareTolerance)
        {
            return null;
        }

        return (Math.Clamp(promoters, 0, 1), Math.Clamp(detractors, 0, 1));
    }

    private static double Variance((double Promoters, double Detractors) split, long customers)
    {
        var net = split.Promoters - split.Detractors;
        return Math.Max(10_000 * (split.Promoters + split.Detractors - net * net), 0) / customers;
    }
}
