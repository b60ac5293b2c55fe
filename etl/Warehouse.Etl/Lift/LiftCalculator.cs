namespace Warehouse.Etl.Lift;

/// <summary>
/// Lift of a pilot arm over its control arm on one metric, with 95% intervals and a two-sided p-value.
/// </summary>
/// <remarks>
/// <para>
/// Absolute lift is pilot mean minus control mean. Its interval and p-value come from Welch's t test on the
/// per-customer values (unequal variances, Welch–Satterthwaite degrees of freedom), with sample variances
/// using <c>n − 1</c>. For a rate metric the values are 0/1, so this is the unpooled two-proportion
/// comparison. For an nps metric the values are +100/0/−100, whose mean is the NPS and whose variance is
/// 100²·(p₊ + p₋ − (p₊ − p₋)²)·n/(n − 1) with p₊ and p₋ the promoter and detractor shares:
/// Welch on these values is the NPS difference with the standard three-way-split standard error
/// (up to the factor n/(n−1)).
/// </para>
/// <para>
/// Relative lift is pilot mean / control mean − 1. Its interval uses the delta method for a ratio of two
/// independent means, Var(p̄/c̄) ≈ Var(p̄)/c̄² + p̄²·Var(c̄)/c̄⁴, with the normal critical value (1.96).
/// It is left out when the control mean is zero (undefined) or negative (a ratio to a negative base turns
/// an improvement into a negative change).
/// </para>
/// <para>
/// Degenerate inputs do not throw: the figures that cannot be computed are null and
/// <see cref="LiftEstimate.Note"/> says why (an arm with fewer than two customers, zero variance in both arms,
/// a zero or negative control mean, no assigned customers for the sample-ratio check).
/// </para>
/// </remarks>
public static class LiftCalculator
{
    /// <summary>Confidence level of every interval.</summary>
    public const double ConfidenceLevel = 0.95;

    /// <summary>Estimates the lift of one metric.</summary>
    /// <param name="metric">The pilot and metric the estimate is for.</param>
    /// <param name="pilot">Pilot-arm customers' values for the metric.</param>
    /// <param name="control">Control-arm customers' values for the metric.</param>
    /// <param name="sampleRatio">The pilot's sample-ratio check on all assigned customers.</param>
    public static LiftEstimate Estimate(
        PilotMetric metric,
        ArmSummary pilot,
        ArmSummary control,
        SampleRatioCheck sampleRatio)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(pilot);
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(sampleRatio);

        var notes = new List<string>();
        var estimate = new LiftEstimate
        {
            PilotId = metric.PilotId,
            PilotName = metric.PilotName,
            Metric = metric.Metric,
            MetricKind = metric.Kind,
            IsPrimary = metric.IsPrimary,
            PilotCustomers = pilot.Customers,
            ControlCustomers = control.Customers,
            PilotMean = pilot.Mean,
            ControlMean = control.Mean,
            AbsoluteLift = pilot.Mean - control.Mean,
            SrmPilotShare = sampleRatio.ObservedShare,
            PlannedSplit = sampleRatio.PlannedShare,
            SrmPValue = sampleRatio.PValue,
            IsSrmMismatch = sampleRatio.IsMismatch,
        };

        var welch = CompareMeans(pilot, control, notes);
        estimate = WithAbsolute(estimate, welch);
        estimate = WithRelative(estimate, pilot, control, welch, notes);
        if (sampleRatio.PValue is null)
        {
            notes.Add("The pilot has no assigned customers, so the sample-ratio check cannot run.");
        }

        return estimate with { Note = notes.Count == 0 ? null : string.Join(" ", notes) };
    }

    private static WelchTest? CompareMeans(ArmSummary pilot, ArmSummary control, List<string> notes)
    {
        if (pilot.Customers < 2 || control.Customers < 2)
        {
            notes.Add(
                $"The pilot arm has {pilot.Customers} and the control arm {control.Customers} customers with "
                + "this metric; an interval and a p-value need at least two in each arm.");
            return null;
        }

        var welch = WelchTest.Between(pilot, control);
        if (welch is null)
        {
            notes.Add(
                "Every customer in both arms has the same value within each arm (zero variance), so the "
                + "difference has no standard error: no interval, t statistic or p-value.");
        }

        return welch;
    }

    private static LiftEstimate WithAbsolute(LiftEstimate estimate, WelchTest? welch)
    {
        if (welch is null)
        {
            return estimate;
        }

        var halfWidth = welch.HalfWidth(ConfidenceLevel);
        return estimate with
        {
            AbsoluteCiLow = welch.Difference - halfWidth,
            AbsoluteCiHigh = welch.Difference + halfWidth,
            TStatistic = welch.TStatistic,
            PValue = welch.PValue,
        };
    }

    private static LiftEstimate WithRelative(
        LiftEstimate estimate,
        ArmSummary pilot,
        ArmSummary control,
        WelchTest? welch,
        List<string> notes)
    {
        if (pilot.Mean is not { } pilotMean || control.Mean is not { } controlMean)
        {
            return estimate;
        }

        if (controlMean == 0)
        {
            notes.Add("The control mean is zero, so a relative lift is undefined.");
            return estimate;
        }

        if (controlMean < 0)
        {
            notes.Add(
                "The control mean is negative, so a relative lift would read an improvement as a fall; "
                + "use the absolute lift.");
            return estimate;
        }

        var relativeLift = pilotMean / controlMean - 1;
        if (!double.IsFinite(relativeLift))
        {
            notes.Add("The control mean is too close to zero for a relative lift.");
            return estimate;
        }

        estimate = estimate with { RelativeLift = relativeLift };
        if (welch is null)
        {
            return estimate;
        }

        var pilotMeanVariance = pilot.Variance!.Value / pilot.Customers;
        var controlMeanVariance = control.Variance!.Value / control.Customers;
        var controlSquared = controlMean * controlMean;
        var ratioVariance = pilotMeanVariance / controlSquared
            + pilotMean * pilotMean * controlMeanVariance / (controlSquared * controlSquared);
        var halfWidth = TailProbability.NormalCritical(ConfidenceLevel) * Math.Sqrt(ratioVariance);
        if (!double.IsFinite(halfWidth))
        {
            notes.Add("The control mean is too close to zero for a relative interval.");
            return estimate;
        }

        return estimate with
        {
            RelativeCiLow = relativeLift - halfWidth,
            RelativeCiHigh = relativeLift + halfWidth,
        };
    }
}
