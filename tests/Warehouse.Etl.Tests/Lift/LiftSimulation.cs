using System.Globalization;
using System.Text;
using MathNet.Numerics.Distributions;
using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Tests.Lift;

/// <summary>
/// The seeded simulation study of the lift estimators: for each metric kind, <see cref="Pilots"/> simulated
/// pilots of <see cref="CustomersPerArm"/> customers an arm drawn from distributions with a known true effect,
/// reduced to the marts' sufficient statistics and estimated by <see cref="LiftCalculator"/>, the code the lift
/// job runs; then the same number of A/A pilots (no effect). Everything follows from <see cref="Seed"/>.
/// </summary>
internal static class LiftSimulation
{
    public const int Seed = 20_260_518;

    public const int Pilots = 4_000;

    public const int CustomersPerArm = 400;

    /// <summary>The kinds simulated, in the order of the study's table.</summary>
    public static readonly string[] Kinds = ["rate", "mean", "count", "nps", "ratio", "cuped"];

    private static readonly SampleRatioCheck EvenSplit =
        SampleRatioCheck.Compute(CustomersPerArm, CustomersPerArm, 0.5);

    /// <summary>Runs the study for one kind: with the effect, then A/A.</summary>
    public static SimulationOutcome Run(string kind)
    {
        var index = Array.IndexOf(Kinds, kind);
        var design = Design(kind);
        var effect = Study(design, aa: false, new Random(Seed + 100 * index));
        var aa = Study(design, aa: true, new Random(Seed + 100 * index + 1));
        return effect with { FalsePositiveRate = aa.FalsePositiveRate };
    }

    /// <summary>The study's table in Markdown, one row per kind.</summary>
    public static string Table(IReadOnlyList<SimulationOutcome> outcomes)
    {
        var text = new StringBuilder();
        text.Append("| kind | estimator | true effect | coverage of the lift | coverage of the relative lift ")
            .Append("(unbounded) | A/A false positives | mean error (SE) | interval narrowed |\n")
            .Append("|---|---|---|---|---|---|---|---|\n");
        foreach (var o in outcomes)
        {
            text.Append(string.Create(
                CultureInfo.InvariantCulture,
                $"| {o.Kind} | {o.Estimator} | {o.TrueEffect:0.###} | {o.Coverage:0.00%} "
                + $"| {o.RelativeCoverage:0.00%} ({o.UnboundedRelative:0.00%}) "
                + $"| {o.FalsePositiveRate:0.00%} | {o.MeanError:+0.0000;-0.0000} ({o.ErrorStandardError:0.0000}) "
                + $"| {(o.MeanNarrowing is { } n ? n.ToString("0.0%", CultureInfo.InvariantCulture) : "")} |\n"));
        }

        return text.ToString();
    }

    private static SimulationOutcome Study(SimulatedDesign design, bool aa, Random random)
    {
        var covered = 0;
        var relativeCovered = 0;
        var unbounded = 0;
        var falsePositives = 0;
        var errors = new List<double>(Pilots);
        var narrowings = new List<double>();
        var trueEffect = aa ? 0 : design.TrueEffect;
        var trueRelative = aa ? 0 : design.TrueRelative;
        var metric = new PilotMetric("sim", "Simulation", design.Kind, design.MetricKind, IsPrimary: true);
        for (var i = 0; i < Pilots; i++)
        {
            var pilot = new SimulatedArm();
            var control = new SimulatedArm();
            for (var c = 0; c < CustomersPerArm; c++)
            {
                design.Draw(random, pilot, !aa);
                design.Draw(random, control, false);
            }

            var isRatio = design.MetricKind == MetricKind.Ratio;
            var estimate = LiftCalculator.Estimate(
                metric, pilot.ToStatistics(isRatio), control.ToStatistics(isRatio), EvenSplit);
            var (lift, low, high, p) = design.Kind == "cuped"
                ? (estimate.CupedLift!.Value, estimate.CupedCiLow!.Value, estimate.CupedCiHigh!.Value,
                    estimate.CupedPValue!.Value)
                : (estimate.AbsoluteLift!.Value, estimate.AbsoluteCiLow!.Value, estimate.AbsoluteCiHigh!.Value,
                    estimate.PValue!.Value);
            covered += low <= trueEffect && trueEffect <= high ? 1 : 0;
            relativeCovered += estimate.RelativeCiLow <= trueRelative && trueRelative <= estimate.RelativeCiHigh ? 1 : 0;
            unbounded += estimate.RelativeCiLow is null ? 1 : 0;
            falsePositives += p < 0.05 ? 1 : 0;
            errors.Add(lift - trueEffect);
            if (estimate.VarianceReduction is { } narrowing)
            {
                narrowings.Add(narrowing);
            }
        }

        var meanError = errors.Average();
        var errorSd = Math.Sqrt(errors.Sum(e => (e - meanError) * (e - meanError)) / (errors.Count - 1));
        return new SimulationOutcome(
            design.Kind,
            design.Estimator,
            design.TrueEffect,
            (double)covered / Pilots,
            (double)relativeCovered / (Pilots - unbounded),
            (double)unbounded / Pilots,
            (double)falsePositives / Pilots,
            meanError,
            errorSd / Math.Sqrt(Pilots),
            narrowings.Count == 0 ? null : narrowings.Average(),
            narrowings.Count == 0 ? null : narrowings.Count(n => n > 0) / (double)Pilots);
    }

    private static SimulatedDesign Design(string kind) => kind switch
    {
        // 0/1 outcomes: 30% in the control arm, 33% in the pilot arm.
        "rate" => new("rate", MetricKind.Rate, "Welch (unpooled proportions)", 0.03, 0.33 / 0.30 - 1,
            (r, arm, treated) => arm.Add(r.NextDouble() < (treated ? 0.33 : 0.30) ? 1 : 0)),

        // Skewed amounts: gamma with shape 2 and scale 50 (mean 100); the pilot's scale 52.5 (mean 105).
        "mean" => new("mean", MetricKind.Mean, "Welch", 5, 0.05,
            (r, arm, treated) => arm.Add(Gamma.Sample(r, 2, 1 / (treated ? 52.5 : 50.0)))),

        // Over-dispersed counts: Poisson with a gamma-distributed rate (negative binomial), mean 3 against 3.3.
        "count" => new("count", MetricKind.Count, "Welch on counts", 0.3, 0.1,
            (r, arm, treated) => arm.Add(Poisson.Sample(r, (treated ? 3.3 : 3.0) * Gamma.Sample(r, 2, 2)))),

        // Promoters, passives, detractors: 45/30/25 (NPS 20) against 50/30/20 (NPS 30).
        "nps" => new("nps", MetricKind.Nps, "three-way split", 10, 0.5, (r, arm, treated) =>
        {
            var u = r.NextDouble();
            var promoters = treated ? 0.50 : 0.45;
            arm.Add(u < promoters ? 100 : u < promoters + 0.30 ? 0 : -100);
        }),

        // Due y ~ gamma (shape 4, mean 100), paid x = y·u with u uniform on 0.50..1.00 (ratio 0.75) against
        // 0.55..1.00 (ratio 0.775): E[x]/E[y] = E[u] because u is independent of y.
        "ratio" => new("ratio", MetricKind.Ratio, "delta method", 0.025, 0.775 / 0.75 - 1, (r, arm, treated) =>
        {
            var due = Gamma.Sample(r, 4, 0.04);
            var paid = due * ((treated ? 0.55 : 0.50) + (treated ? 0.45 : 0.50) * r.NextDouble());
            arm.AddRatio(paid, due);
        }),

        // Covariate x ~ N(10, 2²), outcome y = 5 + x + N(0, 1.5²) + 0.3 in the pilot arm (correlation 0.8);
        // one customer in ten has no pre-period value.
        "cuped" => new("cuped", MetricKind.Mean, "CUPED", 0.3, 0.3 / 15, (r, arm, treated) =>
        {
            var covariate = Normal.Sample(r, 10, 2);
            var outcome = 5 + covariate + Normal.Sample(r, 0, 1.5) + (treated ? 0.3 : 0);
            if (r.NextDouble() < 0.1)
            {
                arm.Add(outcome);
            }
            else
            {
                arm.AddPaired(outcome, covariate);
            }
        }),

        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a simulated kind."),
    };

    private sealed record SimulatedDesign(
        string Kind,
        MetricKind MetricKind,
        string Estimator,
        double TrueEffect,
        double TrueRelative,
        Action<Random, SimulatedArm, bool> Draw);
}
