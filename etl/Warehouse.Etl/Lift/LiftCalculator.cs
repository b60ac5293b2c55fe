namespace Warehouse.Etl.Lift;

/// <summary>
/// Lift of a pilot arm over its control arm on one metric, with 95% intervals and two-sided p-values, and the
/// estimate the goal's verdict is decided on.
/// </summary>
/// <remarks>
/// <para>
/// Absolute lift is pilot minus control, by the metric kind's estimator: Welch's t for rates and means
/// (<see cref="WelchTest"/>), Welch's t on per-customer counts for counts (<see cref="CountDifference"/>), the
/// three-way split for NPS (<see cref="NpsDifference"/>), the delta method for ratios
/// (<see cref="RatioDifference"/>). Relative lift is pilot / control − 1 with Fieller's interval
/// (<see cref="RelativeLift"/>, Fieller's interval).
/// </para>
/// <para>
/// Randomised pilots also get the CUPED-adjusted lift (<see cref="CupedAdjustment"/>) where the metric has a
/// pre-period value; observational pilots get the difference-in-differences estimate
/// (<see cref="DifferenceInDifferences"/>) and their pre-period trend check. The decision estimate is,
/// in this order: difference-in-differences for observational pilots; CUPED when it could be computed; the
/// raw lift. The choice depends only on the design and on which data exist, never on the results.
/// </para>
/// <para>
/// Degenerate inputs do not throw: the figures that cannot be computed are null and
/// <see cref="LiftEstimate.Note"/> says why (an arm with fewer than two customers, zero variance, a zero or
/// negative control mean, no assigned customers for the sample-ratio check).
/// </para>
/// </remarks>
public static class LiftCalculator
{
    /// <summary>Confidence level of every interval.</summary>
    public const double ConfidenceLevel = 0.95;

    /// <summary>The decision basis of the raw lift.</summary>
    public const string RawBasis = "raw";

    /// <summary>Estimates the lift of one metric from the arms' outcome sums alone (no CUPED, no DiD).</summary>
    public static LiftEstimate Estimate(
        PilotMetric metric, ArmSummary pilot, ArmSummary control, SampleRatioCheck sampleRatio) =>
        Estimate(metric, ArmStatistics.OfOutcome(pilot), ArmStatistics.OfOutcome(control), sampleRatio);

    /// <summary>Estimates the lift of one metric.</summary>
    /// <param name="metric">The pilot and metric the estimate is for, with its declared goal.</param>
    /// <param name="pilot">Pilot-arm sums for the metric.</param>
    /// <param name="control">Control-arm sums for the metric.</param>
    /// <param name="sampleRatio">The pilot's sample-ratio check on all assigned customers.</param>
    /// <param name="preTrend">The pre-period trend check; used for observational pilots only.</param>
    public static LiftEstimate Estimate(
        PilotMetric metric,
        ArmStatistics pilot,
        ArmStatistics control,
        SampleRatioCheck sampleRatio,
        PreTrendCheck? preTrend = null)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(pilot);
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(sampleRatio);

        var notes = new List<string>();
        var raw = Raw(metric.Kind, pilot, control);
        var pilotMean = raw.Estimate?.PilotValue ?? ArmValue(metric.Kind, pilot);
        var controlMean = raw.Estimate?.ControlValue ?? ArmValue(metric.Kind, control);
        var estimate = new LiftEstimate
        {
            PilotId = metric.PilotId,
            PilotName = metric.PilotName,
            Metric = metric.Metric,
            MetricKind = metric.Kind,
            IsPrimary = metric.Role == GoalRole.Primary,
            Role = metric.Role,
            Direction = metric.Direction,
            Margin = metric.Margin,
            Design = metric.Design,
            PilotCustomers = pilot.Outcome.Customers,
            ControlCustomers = control.Outcome.Customers,
            PilotMean = pilotMean,
            ControlMean = controlMean,
            AbsoluteLift = pilotMean - controlMean,
            SrmPilotShare = sampleRatio.ObservedShare,
            PlannedSplit = sampleRatio.PlannedShare,
            SrmPValue = sampleRatio.PValue,
            IsSrmMismatch = sampleRatio.IsMismatch,
        };

        estimate = WithRaw(estimate, raw, notes);
        estimate = WithRelative(estimate, raw.Estimate, notes);
        estimate = metric.Design == PilotDesign.Observational
            ? WithDifferenceInDifferences(estimate, pilot, control, preTrend, notes)
            : WithCuped(estimate, pilot, control, notes);
        if (sampleRatio.PValue is null)
        {
            notes.Add("The pilot has no assigned customers, so the sample-ratio check cannot run.");
        }

        // The raw and the adjusted estimate can fail for the same reason (one customer in an arm): say it once.
        var note = notes.Count == 0 ? null : string.Join(" ", notes.Distinct(StringComparer.Ordinal));
        return estimate with { Note = note };
    }

    private static Estimation Raw(MetricKind? kind, ArmStatistics pilot, ArmStatistics control) => kind switch
    {
        MetricKind.Count => CountDifference.Between(pilot.Outcome, control.Outcome),
        MetricKind.Nps => NpsDifference.Between(pilot.Outcome, control.Outcome),
        MetricKind.Ratio => RatioDifference.Between(pilot, control),
        _ => WelchTest.Between(pilot.Outcome, control.Outcome),
    };

    /// <summary>An arm's figure where the comparison could not be made: its mean, or Σx/Σy for a ratio.</summary>
    private static double? ArmValue(MetricKind? kind, ArmStatistics arm)
    {
        if (kind != MetricKind.Ratio)
        {
            return arm.Outcome.Mean;
        }

        return arm.Outcome.Customers > 0 && arm.Ratio is { DenominatorSum: not 0 } ratio
            ? arm.Outcome.Sum / ratio.DenominatorSum
            : null;
    }

    private static LiftEstimate WithRaw(LiftEstimate estimate, Estimation raw, List<string> notes)
    {
        if (raw.Estimate is not { } difference)
        {
            notes.Add(raw.Reason!);
            return estimate with { DecisionMissingReason = raw.Reason };
        }

        var (low, high) = difference.Interval(ConfidenceLevel);
        return estimate with
        {
            AbsoluteLift = difference.Difference,
            AbsoluteCiLow = low,
            AbsoluteCiHigh = high,
            TStatistic = difference.Statistic,
            PValue = difference.PValue,
            IntervalMethod = difference.Method,
            DecisionBasis = RawBasis,
            Decision = difference,
        };
    }

    private static LiftEstimate WithRelative(LiftEstimate estimate, DifferenceEstimate? raw, List<string> notes)
    {
        var relative = RelativeLift.Of(estimate.PilotMean, estimate.ControlMean, raw);
        if (relative.Reason is not null)
        {
            notes.Add(relative.Reason);
        }

        return estimate with
        {
            RelativeLift = relative.Value,
            RelativeCiLow = relative.Low,
            RelativeCiHigh = relative.High,
        };
    }

    private static LiftEstimate WithCuped(
        LiftEstimate estimate, ArmStatistics pilot, ArmStatistics control, List<string> notes)
    {
        var hasCovariate = pilot.Paired.Customers + control.Paired.Customers > 0;
        if (!hasCovariate || estimate.MetricKind is not { } kind)
        {
            return estimate;
        }

        var (cuped, theta) = CupedAdjustment.Between(kind, pilot, control);
        if (cuped.Estimate is not { } adjusted)
        {
            notes.Add(cuped.Reason!);
            return estimate;
        }

        var (low, high) = adjusted.Interval(ConfidenceLevel);
        double? narrowing = estimate.AbsoluteCiHigh - estimate.AbsoluteCiLow is { } rawWidth and > 0
            ? 1 - (high - low) / rawWidth
            : null;
        return estimate with
        {
            CupedLift = adjusted.Difference,
            CupedCiLow = low,
            CupedCiHigh = high,
            CupedPValue = adjusted.PValue,
            CupedTheta = theta,
            VarianceReduction = narrowing,
            DecisionBasis = CupedAdjustment.Method,
            Decision = adjusted,
            DecisionMissingReason = null,
        };
    }

    private static LiftEstimate WithDifferenceInDifferences(
        LiftEstimate estimate, ArmStatistics pilot, ArmStatistics control, PreTrendCheck? preTrend, List<string> notes)
    {
        estimate = estimate with
        {
            PreTrend = preTrend,
            PreTrendSlope = preTrend?.Slope,
            PreTrendPValue = preTrend?.PValue,
            DecisionBasis = DifferenceInDifferences.Method,
            Decision = null,
        };
        if (estimate.MetricKind is not { } kind)
        {
            return estimate with { DecisionMissingReason = "The metric's kind is unknown." };
        }

        var did = DifferenceInDifferences.Between(kind, pilot, control);
        if (did.Estimate is not { } difference)
        {
            notes.Add(did.Reason!);
            return estimate with { DecisionMissingReason = did.Reason };
        }

        // The raw arms' customers stand beside the estimate; say when it rests on fewer of them.
        if (pilot.Paired.Customers < pilot.Outcome.Customers || control.Paired.Customers < control.Outcome.Customers)
        {
            notes.Add(
                $"Difference-in-differences covers the {pilot.Paired.Customers} pilot and "
                + $"{control.Paired.Customers} comparison-group customers with a pre-period value, of "
                + $"{pilot.Outcome.Customers} and {control.Outcome.Customers}.");
        }

        var (low, high) = difference.Interval(ConfidenceLevel);
        return estimate with
        {
            DidLift = difference.Difference,
            DidCiLow = low,
            DidCiHigh = high,
            DidPValue = difference.PValue,
            Decision = difference,
            DecisionMissingReason = null,
        };
    }
}
