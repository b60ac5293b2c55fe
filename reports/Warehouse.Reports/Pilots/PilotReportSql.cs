namespace Warehouse.Reports.Pilots;

/// <summary>The queries of the pilot report, each for one pilot (<c>$pilot_id</c>).</summary>
internal static class PilotReportSql
{
    public const string PlannedCustomers = """
        select cast(planned_customers as bigint),
        from core.dim_pilot
        where pilot_id = $pilot_id
        """;

    public const string KnownPilots = """
        select pilot_id,
        from core.dim_pilot
        order by pilot_id
        """;

    public const string Verdicts = """
        select
            pilot_id as PilotId,
            pilot_name as PilotName,
            design as Design,
            status as Status,
            primary_metric as PrimaryMetric,
            verdict as Verdict,
            reason as Reason,
            cast(srm_pilot_share as double) as SrmPilotShare,
            cast(planned_split as double) as PlannedSplit,
            cast(srm_p_value as double) as SrmPValue,
            cast(integrity_failures as bigint) as IntegrityFailures,
            cast(is_decision_ready as boolean) as IsDecisionReady,
        from marts.pilot_verdicts
        order by pilot_name, pilot_id
        """;

    // Goals in the pilot's declared order, the primary first, as core.dim_pilot_goal numbers them.
    public const string Goals = """
        with

        lift as (

            select * from marts.pilot_lift

        ),

        goals as (

            select pilot_id, metric, position, from core.dim_pilot_goal

        )

        select
            lift.pilot_id as PilotId,
            lift.metric as Metric,
            lift.metric_kind as MetricKind,
            lift.role as Role,
            lift.direction as Direction,
            cast(lift.margin as double) as Margin,
            lift.design as Design,
            cast(lift.pilot_customers as bigint) as PilotCustomers,
            cast(lift.control_customers as bigint) as ControlCustomers,
            cast(lift.pilot_mean as double) as PilotMean,
            cast(lift.control_mean as double) as ControlMean,
            cast(lift.absolute_lift as double) as AbsoluteLift,
            cast(lift.absolute_ci_low as double) as AbsoluteCiLow,
            cast(lift.absolute_ci_high as double) as AbsoluteCiHigh,
            cast(lift.relative_lift as double) as RelativeLift,
            cast(lift.p_value as double) as PValue,
            cast(lift.cuped_lift as double) as CupedLift,
            cast(lift.cuped_ci_low as double) as CupedCiLow,
            cast(lift.cuped_ci_high as double) as CupedCiHigh,
            cast(lift.cuped_p_value as double) as CupedPValue,
            cast(lift.variance_reduction as double) as VarianceReduction,
            cast(lift.did_lift as double) as DidLift,
            cast(lift.did_ci_low as double) as DidCiLow,
            cast(lift.did_ci_high as double) as DidCiHigh,
            cast(lift.did_p_value as double) as DidPValue,
            cast(lift.pre_trend_slope as double) as PreTrendSlope,
            cast(lift.pre_trend_p_value as double) as PreTrendPValue,
            lift.decision_basis as DecisionBasis,
            cast(lift.adjusted_p_value as double) as AdjustedPValue,
            lift.goal_verdict as GoalVerdict,
            lift.verdict_reason as VerdictReason,
            lift.note as Note,
        from lift
        left join goals
            on lift.pilot_id = goals.pilot_id
            and lift.metric = goals.metric
        order by lift.pilot_id, goals.position nulls last, lift.metric
        """;

    public const string Balance = """
        select
            covariate as Covariate,
            cast(pilot_customers as bigint) as PilotCustomers,
            cast(pilot_mean as double) as PilotMean,
            cast(pilot_sd as double) as PilotSd,
            cast(control_customers as bigint) as ControlCustomers,
            cast(control_mean as double) as ControlMean,
            cast(control_sd as double) as ControlSd,
            cast(standardized_difference as double) as StandardizedDifference,
        from marts.pilot_balance
        where pilot_id = $pilot_id
        order by covariate
        """;

    public const string Integrity = """
        select
            check_name as CheckName,
            cast(failing as bigint) as Failing,
            detail as Detail,
        from marts.pilot_integrity
        where pilot_id = $pilot_id
        order by check_order, check_name
        """;

    public const string Power = """
        select
            metric as Metric,
            metric_kind as MetricKind,
            role as Role,
            cast(alpha as double) as Alpha,
            cast(power as double) as Power,
            cast(customers as bigint) as Customers,
            size_basis as SizeBasis,
            cast(mde_absolute as double) as MdeAbsolute,
            cast(mde_relative as double) as MdeRelative,
            cast(observed_lift as double) as ObservedLift,
            cast(customers_needed as bigint) as CustomersNeeded,
            note as Note,
        from marts.pilot_power
        where pilot_id = $pilot_id
        """;

    public const string LiftOverTime = """
        select
            metric as Metric,
            cast(as_of_month as date) as AsOfMonth,
            cast(pilot_customers as bigint) as PilotCustomers,
            cast(control_customers as bigint) as ControlCustomers,
            cast(lift as double) as Lift,
            cast(ci_low as double) as CiLow,
            cast(ci_high as double) as CiHigh,
            cast(p_value as double) as PValue,
        from marts.pilot_lift_monthly
        where pilot_id = $pilot_id
        order by metric, as_of_month
        """;

    public const string Definitions = """
        select
            metric as Metric,
            metric_kind as MetricKind,
            definition as Definition,
        from core.dim_pilot_metric
        order by metric
        """;
}
