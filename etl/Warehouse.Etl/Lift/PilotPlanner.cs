namespace Warehouse.Etl.Lift;

/// <summary>
/// Power for each goal of a pilot (<see cref="PowerCalculation"/>): the minimum detectable effect at the
/// pilot's size, and the customers needed for the effect seen so far.
/// </summary>
/// <remarks>
/// <para>
/// The size is, in order: the customers asked for, the pilot's planned customers, the customers assigned so
/// far. The spread σ comes from the metric's baseline in the warehouse
/// (<see cref="PilotLiftInputs.ReadBaselines"/>): every pilot's control arm on the metric, with the
/// pre-period values of both arms where the metric has them.
/// </para>
/// <para>
/// The effect whose size is sought: for a primary or secondary goal, the decision estimate seen so far; for
/// a guardrail, the room between the effect seen and the margin (margin minus the worsening seen), or the
/// margin itself for a planned pilot (showing a zero effect lies within it). Observational pilots are sized
/// as if randomised; difference-in-differences usually needs more.
/// </para>
/// </remarks>
public static class PilotPlanner
{
    /// <summary>One row per goal, in the order given.</summary>
    /// <param name="pilot">The pilot.</param>
    /// <param name="goals">Its goals in declared order.</param>
    /// <param name="estimates">Its estimates by metric; empty for a pilot without outcomes.</param>
    /// <param name="baselines">Baseline sums by metric.</param>
    /// <param name="assignedCustomers">Customers assigned so far (both arms).</param>
    /// <param name="options">Level, power and size.</param>
    /// <param name="isDecisionReady">The pilot's readiness as its verdict gives it, carried on every row.</param>
    public static IReadOnlyList<PilotPower> Plan(
        LiftPilot pilot,
        IReadOnlyList<PilotMetric> goals,
        IReadOnlyDictionary<string, LiftEstimate> estimates,
        IReadOnlyDictionary<string, ArmStatistics> baselines,
        long assignedCustomers,
        PowerOptions options,
        bool isDecisionReady)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentNullException.ThrowIfNull(estimates);
        ArgumentNullException.ThrowIfNull(baselines);
        ArgumentNullException.ThrowIfNull(options);

        var (customers, sizeBasis) = options.Customers is { } requested ? (requested, "requested")
            : pilot.PlannedCustomers is { } planned ? (planned, "planned")
            : assignedCustomers > 0 ? (assignedCustomers, "assigned")
            : ((long?)null, (string?)null);
        return goals
            .Select(g => PlanGoal(
                pilot,
                g,
                estimates.GetValueOrDefault(g.Metric),
                baselines.GetValueOrDefault(g.Metric),
                customers,
                sizeBasis,
                options,
                isDecisionReady))
            .ToList();
    }

    private static PilotPower PlanGoal(
        LiftPilot pilot,
        PilotMetric goal,
        LiftEstimate? estimate,
        ArmStatistics? baseline,
        long? customers,
        string? sizeBasis,
        PowerOptions options,
        bool isDecisionReady)
    {
        var notes = new List<string>();
        var row = new PilotPower
        {
            PilotId = pilot.PilotId,
            Metric = goal.Metric,
            MetricKind = goal.Kind,
            Role = goal.Role,
            Status = pilot.Status,
            Design = pilot.Design,
            IsDecisionReady = isDecisionReady,
            Alpha = options.Alpha,
            Power = options.Power,
            Customers = customers,
            SizeBasis = sizeBasis,
            PilotShare = pilot.PlannedSplit,
            Margin = goal.Margin,
            BaselineCustomers = baseline?.Outcome.Customers ?? 0,
            ObservedLift = estimate?.Decision?.Difference,
        };
        if (pilot.Design == PilotDesign.Observational)
        {
            notes.Add("Sized as if randomised; difference-in-differences usually needs more customers.");
        }

        var sd = goal.Kind is { } kind && baseline is not null
            ? PowerCalculation.PerCustomerStandardDeviation(kind, baseline)
            : null;
        if (sd is not { } spread)
        {
            notes.Add("No baseline in the warehouse with at least two customers and some spread for this metric.");
            return row with { Note = string.Join(" ", notes) };
        }

        var level = baseline!.Ratio is { DenominatorSum: not 0 } ratio && goal.Kind == MetricKind.Ratio
            ? baseline.Outcome.Sum / ratio.DenominatorSum
            : baseline.Outcome.Mean;
        row = row with { BaselineMean = level, BaselineSd = spread };

        if (customers is { } size and >= 2)
        {
            var mde = PowerCalculation.MinimumDetectableEffect(
                spread, size, pilot.PlannedSplit, options.Alpha, options.Power);
            // Relative to a zero or negative level would mislead, as a relative lift would.
            row = row with { MdeAbsolute = mde, MdeRelative = level is { } l and > 0 ? mde / l : null };
        }
        else
        {
            notes.Add(
                "The pilot declares no planned size and has no customers assigned: no minimum detectable effect.");
        }

        var (needed, neededNote) = Needed(goal, estimate, pilot, spread, options);
        if (neededNote is not null)
        {
            notes.Add(neededNote);
        }

        return row with { CustomersNeeded = needed, Note = notes.Count == 0 ? null : string.Join(" ", notes) };
    }

    private static (long? Needed, string? Note) Needed(
        PilotMetric goal, LiftEstimate? estimate, LiftPilot pilot, double spread, PowerOptions options)
    {
        var observed = estimate?.Decision?.Difference;
        if (goal.Role == GoalRole.Guardrail)
        {
            if (goal.Margin is not > 0 || goal.Direction is not { } direction)
            {
                return (null, "The guardrail declares no margin or direction.");
            }

            var worsening = observed is { } o ? (direction == BetterDirection.Increase ? -o : o) : 0;
            var room = goal.Margin.Value - worsening;
            if (room <= 0)
            {
                return (null, "The effect seen so far is worse than the margin: no size would show non-inferiority.");
            }

            return (PowerCalculation.CustomersNeeded(spread, room, pilot.PlannedSplit, options.Alpha, options.Power),
                null);
        }

        if (observed is not { } effect)
        {
            return (null, pilot.Status == LiftPilot.PlannedStatus ? null : "No effect has been estimated so far.");
        }

        var needed = PowerCalculation.CustomersNeeded(spread, effect, pilot.PlannedSplit, options.Alpha, options.Power);
        return (needed, needed is null ? "The effect seen so far is zero: no size would detect it." : null);
    }
}
