namespace Warehouse.Reports.Monthly;

/// <summary>
/// The noise rules that tell a KPI's real change from chance (docs/schema.md, "Change and noise"). Each month is
/// treated as an independent sample; the same accounts appear in both, which makes every rule conservative.
/// </summary>
internal static class ChangeNoise
{
    /// <summary>The two-sided 95% point of the standard normal distribution.</summary>
    public const double CriticalZ = 1.959963984540054;

    /// <summary>Rules that rest on a variance estimate judge nothing with fewer observations than this.</summary>
    public const long SmallestSample = 30;

    /// <summary>
    /// Two-proportion z-test with the pooled proportion: <paramref name="hits"/> of <paramref name="trials"/> now
    /// against <paramref name="earlierHits"/> of <paramref name="earlierTrials"/> before. Null when a month has no
    /// trials (its rate does not exist).
    /// </summary>
    public static KpiChange? TwoProportions(long hits, long trials, long earlierHits, long earlierTrials)
    {
        if (trials <= 0 || earlierTrials <= 0)
        {
            return null;
        }

        var difference = ((double)hits / trials) - ((double)earlierHits / earlierTrials);
        var pooled = (double)(hits + earlierHits) / (trials + earlierTrials);
        var standardError = Math.Sqrt(pooled * (1 - pooled) * ((1d / trials) + (1d / earlierTrials)));
        return new KpiChange(difference, standardError, Judge(difference, standardError));
    }

    /// <summary>
    /// Sampling variance of a balance-weighted rate R = B_d / B, a ratio estimator: ((1 - R)^2 S_d +
    /// R^2 (S - S_d)) / B^2, where <paramref name="squaresAll"/> (S) and <paramref name="squaresBad"/> (S_d) are
    /// the sums of squared balances owed over all open accounts and over the delinquent ones.
    /// </summary>
    public static double BalanceRateVariance(double rate, double balance, double squaresAll, double squaresBad)
    {
        var residual = (Math.Pow(1 - rate, 2) * squaresBad) + (rate * rate * Math.Max(squaresAll - squaresBad, 0));
        return residual / (balance * balance);
    }

    /// <summary>
    /// Sampling variance of an NPS from its three-way split, on the -100..100 scale:
    /// 100^2 (P + D - (P - D)^2) / n with P and D the shares of promoters and detractors.
    /// </summary>
    public static double NpsVariance(long promoters, long detractors, long responses)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(responses, 1);
        var promoterShare = (double)promoters / responses;
        var detractorShare = (double)detractors / responses;
        var score = promoterShare - detractorShare;
        return 10_000 * (promoterShare + detractorShare - (score * score)) / responses;
    }

    /// <summary>
    /// The 95% interval of an NPS, cut at -100 and 100; null below <see cref="SmallestSample"/> responses, where
    /// the normal approximation does not hold.
    /// </summary>
    public static KpiInterval? NpsInterval(long promoters, long detractors, long responses)
    {
        if (responses < SmallestSample)
        {
            return null;
        }

        var score = 100d * (promoters - detractors) / responses;
        var halfWidth = CriticalZ * Math.Sqrt(NpsVariance(promoters, detractors, responses));
        return new KpiInterval(Math.Max(-100, score - halfWidth), Math.Min(100, score + halfWidth));
    }

    /// <summary>
    /// A difference of two independent estimates with their variances (a Wald test); too few to judge when either
    /// sample is under <see cref="SmallestSample"/>.
    /// </summary>
    public static KpiChange Wald(
        double difference,
        double variance,
        long size,
        double earlierVariance,
        long earlierSize)
    {
        if (size < SmallestSample || earlierSize < SmallestSample)
        {
            return new KpiChange(difference, null, ChangeSignal.TooFewToJudge);
        }

        var standardError = Math.Sqrt(variance + earlierVariance);
        return new KpiChange(difference, standardError, Judge(difference, standardError));
    }

    // With no spread at all (every account current in both months, say) any difference is real and none is noise.
    private static ChangeSignal Judge(double difference, double standardError) =>
        standardError > 0
            ? Math.Abs(difference) > CriticalZ * standardError ? ChangeSignal.BeyondNoise : ChangeSignal.WithinNoise
            : difference == 0 ? ChangeSignal.WithinNoise : ChangeSignal.BeyondNoise;
}
