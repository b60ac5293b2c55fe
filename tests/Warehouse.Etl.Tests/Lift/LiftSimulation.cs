using System.Globalization;
using System.Text;
using MathNet.Numerics.Distributions;
using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Tests.Lift;

/// <summary>
/// The seeded simulation study of the lift estimators: for each metric kind, <see cref="Pilots"/> simulated
/// pilots of <see cref="CustomersPerArm"/> customers an arm drawn from distributions with a known true effect,
/// reduced to the marts' sufficient statistics and estimated by <see cref="LiftCalculator"/>, the code the lift
/// job runs; then <see cref="AaPilots"/> A/A pilots (no effect). Everything follows from <see cref="Seed"/>.
/// </summary>
internal static class LiftSimulation
{
    public const int Seed = 20_260_518;

    public const int Pilots = 4_000;

    /// <summary>
    /// A/A pilots per kind: with 10,000 the false-positive rate of an exact 5% test has a standard error of 0.22
    /// points, so the 5.5% bound sits 2.3 standard errors above it.
    /// </summary>
    public const int AaPilots = 10_000;

    public const int CustomersPerArm = 400;

    /// <summary>The kinds simulated, in the order of the study's table.</summary>
    public static readonly string[] Kinds = ["rate", "mean", "count", "nps", "ratio", "cuped", "did"];

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
            var relative = o.RelativeCoverage is { } coverage
                ? string.Create(CultureInfo.InvariantCulture, $"{coverage:0.00%} ({o.UnboundedRelative:0.00%})")
                : "";
            text.Append(string.Create(
                CultureInfo.InvariantCulture,
                $"| {o.Kind} | {o.Estimator} | {o.TrueEffect:0.###} | {o.Coverage:0.00%} | {relative} "
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
        var pilots = aa ? AaPilots : Pilots;
        var errors = new List<double>(pilots);
        var narrowings = new List<double>();
        var trueEffect = aa ? 0 : design.TrueEffect;
        var trueRelative = aa ? 0 : design.TrueRelative ?? double.NaN;
        var rawErrors = new List<double>();
        var metric = new PilotMetric("sim", "Simulation", design.Kind, design.MetricKind, IsPrimary: true)
        {
            Design = design.Kind == "did" ? PilotDesign.Observational : PilotDesign.Randomised,
        };
        for (var i = 0; i < pilots; i++)
        {
            var pilot = new SimulatedArm();
            var control = new SimulatedArm();
            for (var c = 0; c < CustomersPerArm; c++)
            {
                design.Draw(random, pilot, !aa, true);
                design.Draw(random, control, false, false);
            }

            var isRatio = design.MetricKind == MetricKind.Ratio;
            var estimate = LiftCalculator.Estimate(
                metric, pilot.ToStatistics(isRatio), control.ToStatistics(isRatio), EvenSplit);
            var (lift, low, high, p) = design.Kind switch
            {
                "cuped" => (estimate.CupedLift!.Value, estimate.CupedCiLow!.Value, estimate.CupedCiHigh!.Value,
                    estimate.CupedPValue!.Value),
                "did" => (estimate.DidLift!.Value, estimate.DidCiLow!.Value, estimate.DidCiHigh!.Value,
                    estimate.DidPValue!.Value),
                _ => (estimate.AbsoluteLift!.Value, estimate.AbsoluteCiLow!.Value, estimate.AbsoluteCiHigh!.Value,
                    estimate.PValue!.Value),
            };
            covered += low <= trueEffect && trueEffect <= high ? 1 : 0;
            relativeCovered +=
                estimate.RelativeCiLow <= trueRelative && trueRelative <= estimate.RelativeCiHigh ? 1 : 0;
            rawErrors.Add(estimate.AbsoluteLift!.Value - trueEffect);
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
            (double)covered / pilots,
            design.TrueRelative is null ? null : (double)relativeCovered / (pilots - unbounded),
            design.TrueRelative is null ? null : (double)unbounded / pilots,
            (double)falsePositives / pilots,
            meanError,
            errorSd / Math.Sqrt(pilots),
            narrowings.Count == 0 ? null : narrowings.Average(),
            narrowings.Count == 0 ? null : narrowings.Count(n => n > 0) / (double)pilots,
            design.Kind == "did" ? rawErrors.Average() : null);
    }

    private static SimulatedDesign Design(string kind) => kind switch
    {
        // 0/1 outcomes: 30% in the control arm, 33% in the pilot arm.
        "rate" => new("rate", MetricKind.Rate, "Welch (unpooled proportions)", 0.03, 0.33 / 0.30 - 1,
            (r, arm, treated, _) => arm.Add(r.NextDouble() < (treated ? 0.33 : 0.30) ? 1 : 0)),

        // Skewed amounts: gamma with shape 2 and scale 50 (mean 100); the pilot's scale 52.5 (mean 105).
        "mean" => new("mean", MetricKind.Mean, "Welch", 5, 0.05,
            (r, arm, treated, _) => arm.Add(Gamma.Sample(r, 2, 1 / (treated ? 52.5 : 50.0)))),

        // Over-dispersed counts: Poisson with a gamma-distributed rate (negative binomial), mean 3 against 3.3.
        "count" => new("count", MetricKind.Count, "Welch on counts", 0.3, 0.1,
            (r, arm, treated, _) => arm.Add(Poisson.Sample(r, (treated ? 3.3 : 3.0) * Gamma.Sample(r, 2, 2)))),

        // Promoters, passives, detractors: 45/30/25 (NPS 20) against 50/30/20 (NPS 30).
        "nps" => new("nps", MetricKind.Nps, "three-way split", 10, 0.5, (r, arm, treated, _) =>
        {
            var u = r.NextDouble();
            var promoters = treated ? 0.50 : 0.45;
            arm.Add(u < promoters ? 100 : u < promoters + 0.30 ? 0 : -100);
        }),

        // Due y ~ gamma (shape 4, mean 100), paid x = y·u with u uniform on 0.50..1.00 (ratio 0.75) against
        // 0.55..1.00 (ratio 0.775): E[x]/E[y] = E[u] because u is independent of y.
        "ratio" => new("ratio", MetricKind.Ratio, "delta method", 0.025, 0.775 / 0.75 - 1, (r, arm, treated, _) =>
        {
            var due = Gamma.Sample(r, 4, 0.04);
            var paid = due * ((treated ? 0.55 : 0.50) + (treated ? 0.45 : 0.50) * r.NextDouble());
            arm.AddRatio(paid, due);
        }),

        // Covariate x ~ N(10, 2²), outcome y = 5 + x + N(0, 1.5²) + 0.3 in the pilot arm (correlation 0.8);
        // one customer in ten has no pre-period value.
        "cuped" => new("cuped", MetricKind.Mean, "CUPED", 0.3, 0.3 / 15, (r, arm, treated, _) =>
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

        // Not randomised: each customer's level a ~ N(12, 2²) in the pilot arm, N(10, 2²) in the comparison group;
        // pre-period x = a + N(0, 1), outcome y = a + 0.5 + N(0, 1) + 0.3 in the treated arm. The raw gap is
        // 2.3 (the level gap plus the effect); the change y − x removes the level, so difference-in-differences
        // estimates 0.3. Its relative lift is of the raw gap, so none is scored.
        "did" => new("did", MetricKind.Mean, "difference-in-differences", 0.3, null,
            (r, arm, treated, pilotArm) =>
            {
                var level = Normal.Sample(r, pilotArm ? 12 : 10, 2);
                var before = level + Normal.Sample(r, 0, 1);
                arm.AddPaired(level + 0.5 + Normal.Sample(r, 0, 1) + (treated ? 0.3 : 0), before);
            }),

        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a simulated kind."),
    };

    private sealed record SimulatedDesign(
        string Kind,
        MetricKind MetricKind,
        string Estimator,
        double TrueEffect,
        double? TrueRelative,
        Action<Random, SimulatedArm, bool, bool> Draw);
}
