using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Tests.Lift;

/// <summary>
/// The seeded simulation study (<see cref="LiftSimulation"/>): 4,000 simulated pilots per metric kind with a
/// known true effect and 10,000 A/A pilots, run through <see cref="LiftCalculator"/>. With 4,000 pilots the
/// coverage of a correct 95% interval has a standard error of √(0.95 × 0.05 / 4,000) = 0.34 points, so the
/// 94–96% band is about ±2.9 standard errors wide; with 10,000 A/A pilots the bound of 5.5% is 2.3 standard
/// errors (√(0.05 × 0.95 / 10,000) = 0.22 points) above 5%.
/// docs/lift-methods.md shows the same figures; rerun with
/// <c>dotnet test tests/Warehouse.Etl.Tests --filter FullyQualifiedName~LiftSimulationTests</c>.
/// </summary>
public sealed class LiftSimulationTests : IClassFixture<LiftSimulationResults>
{
    /// <summary>Set to 1 to rewrite the study's table in docs/lift-methods.md instead of comparing it.</summary>
    private const string UpdateVariable = "WAREHOUSE_UPDATE_DOCS";

    private const string StartMarker = "<!-- simulation-study:start -->";
    private const string EndMarker = "<!-- simulation-study:end -->";

    private readonly LiftSimulationResults _results;

    public LiftSimulationTests(LiftSimulationResults results)
    {
        _results = results;
    }

    public static TheoryData<string> Kinds => new(LiftSimulation.Kinds);

    /// <summary>The kinds whose relative lift estimates the effect: all but did, whose relative lift is raw.</summary>
    public static TheoryData<string> RelativeKinds => new(LiftSimulation.Kinds.Where(k => k != "did"));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Ninety_five_percent_intervals_cover_the_true_effect_between_94_and_96_percent_of_the_time(string kind)
    {
        var outcome = _results.Of(kind);

        Assert.InRange(outcome.Coverage, 0.94, 0.96);
    }

    [Theory]
    [MemberData(nameof(RelativeKinds))]
    public void Relative_intervals_cover_the_true_relative_lift_between_94_and_96_percent_of_the_time(string kind)
    {
        var outcome = _results.Of(kind);

        Assert.InRange(outcome.RelativeCoverage!.Value, 0.94, 0.96);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Under_a_a_at_most_5_5_percent_of_pilots_show_a_p_value_below_0_05(string kind)
    {
        var outcome = _results.Of(kind);

        Assert.InRange(outcome.FalsePositiveRate, 0, 0.055);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Estimates_are_unbiased_within_four_standard_errors_of_their_mean(string kind)
    {
        // Four standard errors of the mean error: an unbiased estimator strays further with probability 6e-5.
        var outcome = _results.Of(kind);

        Assert.InRange(outcome.MeanError, -4 * outcome.ErrorStandardError, 4 * outcome.ErrorStandardError);
    }

    [Fact]
    public void Cuped_narrows_the_interval_when_the_covariate_is_correlated()
    {
        // Correlation 0.8 with nine customers in ten paired: the outcome variance falls to about
        // 1 − 0.9 × 0.8² = 0.42 of the raw one, so the interval narrows by about 1 − √0.42 = 35%.
        var cuped = _results.Of("cuped");

        Assert.InRange(cuped.MeanNarrowing!.Value, 0.30, 0.40);
        Assert.Equal(1.0, cuped.NarrowerShare);
    }

    [Fact]
    public void Difference_in_differences_removes_the_level_gap_between_the_arms_that_the_raw_gap_keeps()
    {
        // The pilot arm's customers sit 2 above the comparison group before the pilot: the raw gap overstates the
        // effect of 0.3 by about 2, which the change from the pre-period removes (the coverage and bias of the
        // estimate itself are checked with the other kinds).
        var did = _results.Of("did");

        Assert.InRange(did.RawMeanError!.Value, 1.9, 2.1);
        Assert.InRange(Math.Abs(did.MeanError), 0, 0.02);
    }

    [Fact]
    public void The_study_in_the_docs_shows_these_figures()
    {
        var path = Path.Combine(RepositoryFiles.Root, "docs", "lift-methods.md");
        var committed = File.ReadAllText(path);
        var start = committed.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = committed.IndexOf(EndMarker, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/lift-methods.md lacks the markers {StartMarker} and {EndMarker}.");

        var current = committed[..(start + StartMarker.Length)] + "\n" + LiftSimulation.Table(_results.Outcomes)
            + committed[end..];
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, current);
        }

        Assert.True(
            current == committed,
            $"The simulation table in docs/lift-methods.md is out of date; run the tests with {UpdateVariable}=1.");
    }
}
