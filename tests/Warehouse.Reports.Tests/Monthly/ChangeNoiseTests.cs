using Warehouse.Reports.Monthly;

namespace Warehouse.Reports.Tests.Monthly;

/// <summary>
/// The noise rules on figures small enough to work by hand; each expected value is worked in the comment beside
/// it from the textbook formula, not from the code.
/// </summary>
public sealed class ChangeNoiseTests
{
    [Fact]
    public void Two_proportions_two_standard_errors_apart_are_beyond_noise()
    {
        // 60 of 1,000 against 40 of 1,000: pooled 100 / 2,000 = 0.05, standard error
        // sqrt(0.05 x 0.95 x (1/1,000 + 1/1,000)) = sqrt(0.000095) = 0.0097468; z = 0.02 / 0.0097468 = 2.05.
        var change = ChangeNoise.TwoProportions(60, 1_000, 40, 1_000)!;

        Assert.Equal(0.02, change.Difference, 12);
        Assert.Equal(0.0097468, change.StandardError!.Value, 7);
        Assert.Equal(ChangeSignal.BeyondNoise, change.Signal);
    }

    [Fact]
    public void Two_proportions_one_standard_error_apart_are_within_noise()
    {
        // 55 of 1,000 against 45 of 1,000: pooled 0.05 again, z = 0.01 / 0.0097468 = 1.03.
        var change = ChangeNoise.TwoProportions(55, 1_000, 45, 1_000)!;

        Assert.Equal(ChangeSignal.WithinNoise, change.Signal);
    }

    [Fact]
    public void The_critical_value_separates_just_within_from_just_beyond()
    {
        // 25 of 100 against 13 of 100: pooled 0.19, standard error sqrt(0.19 x 0.81 x 0.02) = 0.055480; the
        // change 0.12 is 2.163 of them. 24 of 100 against 13: pooled 0.185, standard error 0.054914; the change
        // 0.11 is 2.003 of them. 23 against 13: pooled 0.18, standard error 0.054332; 0.10 is 1.841: within.
        Assert.Equal(ChangeSignal.BeyondNoise, ChangeNoise.TwoProportions(25, 100, 13, 100)!.Signal);
        Assert.Equal(ChangeSignal.BeyondNoise, ChangeNoise.TwoProportions(24, 100, 13, 100)!.Signal);
        Assert.Equal(ChangeSignal.WithinNoise, ChangeNoise.TwoProportions(23, 100, 13, 100)!.Signal);
    }

    [Fact]
    public void Shares_with_no_spread_are_steady_when_equal_and_a_month_without_trials_is_not_compared()
    {
        var bothNone = ChangeNoise.TwoProportions(0, 100, 0, 200)!;

        Assert.Equal(ChangeSignal.WithinNoise, bothNone.Signal);
        Assert.Equal(0, bothNone.StandardError);
        Assert.Null(ChangeNoise.TwoProportions(1, 10, 0, 0));
    }

    [Fact]
    public void The_balance_rate_variance_is_the_ratio_estimators_on_a_three_account_book()
    {
        // Balances 100 (delinquent), 300 and 600: B = 1,000, R = 0.1. Linearised directly, the residuals
        // y - R x are 100 - 10 = 90, 0 - 30 = -30 and 0 - 60 = -60, whose squares add to 8,100 + 900 + 3,600 =
        // 12,600; over B^2 that is 0.0126. From the sums: S = 10,000 + 90,000 + 360,000 = 460,000, S_d = 10,000.
        var variance = ChangeNoise.BalanceRateVariance(0.1, 1_000, 460_000, 10_000);

        Assert.Equal(0.0126, variance, 12);
    }

    [Fact]
    public void The_nps_variance_and_interval_come_from_the_three_way_split()
    {
        // 50 promoters and 20 detractors of 100: P 0.5, D 0.2, NPS 30; variance 10,000 x (0.7 - 0.09) / 100 = 61,
        // standard error 7.8102; interval 30 +- 1.96 x 7.8102 = 30 +- 15.308.
        Assert.Equal(61, ChangeNoise.NpsVariance(50, 20, 100), 10);
        var interval = ChangeNoise.NpsInterval(50, 20, 100)!;
        Assert.Equal(14.692, interval.Low, 3);
        Assert.Equal(45.308, interval.High, 3);
    }

    [Fact]
    public void The_nps_interval_stops_at_100_and_needs_30_responses()
    {
        // 29 promoters of 30: P 0.9667, variance 10,000 x (0.9667 - 0.9344) / 30 = 10.74, standard error 3.28;
        // 96.67 + 6.42 runs past 100 and is cut there.
        Assert.Equal(100, ChangeNoise.NpsInterval(29, 0, 30)!.High);
        Assert.Null(ChangeNoise.NpsInterval(20, 0, 29));
    }

    [Fact]
    public void A_wald_change_is_judged_from_both_variances_and_not_at_all_on_small_samples()
    {
        // Variances 0.0004 and 0.0005: standard error sqrt(0.0009) = 0.03. A change of 0.05 is 1.67 of them,
        // one of 0.07 is 2.33.
        Assert.Equal(ChangeSignal.WithinNoise, ChangeNoise.Wald(0.05, 0.0004, 100, 0.0005, 100).Signal);
        Assert.Equal(ChangeSignal.BeyondNoise, ChangeNoise.Wald(0.07, 0.0004, 100, 0.0005, 100).Signal);
        Assert.Equal(0.03, ChangeNoise.Wald(0.07, 0.0004, 100, 0.0005, 100).StandardError!.Value, 12);
        Assert.Equal(ChangeSignal.TooFewToJudge, ChangeNoise.Wald(0.5, 0.0004, 29, 0.0005, 100).Signal);
    }
}
