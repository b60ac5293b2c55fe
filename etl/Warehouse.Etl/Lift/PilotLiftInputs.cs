using Dapper;
using DuckDB.NET.Data;

namespace Warehouse.Etl.Lift;

/// <summary>
/// Reads what the lift step needs from the warehouse, for all pilots or for one: the relations of the lift
/// interface (<c>core.dim_pilot</c>, <c>core.dim_pilot_goal</c>, <c>marts.pilot_metric_summaries</c> and its
/// monthly form, <c>marts.pilot_pre_trends</c>, <c>marts.pilot_integrity</c>) and the assignments.
/// </summary>
public sealed class PilotLiftInputs
{
    private const string SummaryColumns =
        """
            pilot_id as PilotId,
            metric as Metric,
            metric_kind as MetricKind,
            arm as Arm,
            cast(coalesce(customers, 0) as bigint) as Customers,
            cast(coalesce(value_sum, 0) as double) as ValueSum,
            cast(coalesce(value_sum_squares, 0) as double) as ValueSumSquares,
            cast(denominator_sum as double) as DenominatorSum,
            cast(denominator_sum_squares as double) as DenominatorSumSquares,
            cast(value_denominator_sum as double) as ValueDenominatorSum,
            cast(coalesce(paired_customers, 0) as bigint) as PairedCustomers,
            cast(paired_value_sum as double) as PairedValueSum,
            cast(paired_value_sum_squares as double) as PairedValueSumSquares,
            cast(covariate_sum as double) as CovariateSum,
            cast(covariate_sum_squares as double) as CovariateSumSquares,
            cast(value_covariate_sum as double) as ValueCovariateSum,
        """;

    private static readonly string[] RequiredTables =
    [
        "core.dim_pilot",
        "core.dim_pilot_goal",
        "core.fct_pilot_assignment",
        "marts.pilot_metric_summaries",
        "marts.pilot_metric_summaries_monthly",
        "marts.pilot_pre_trends",
        "marts.pilot_integrity",
    ];

    private readonly DuckDBConnection _connection;
    private readonly string? _pilotId;

    /// <param name="connection">An open warehouse connection (read-only is enough).</param>
    /// <param name="pilotId">The one pilot to read, or <see langword="null"/> for all.</param>
    public PilotLiftInputs(DuckDBConnection connection, string? pilotId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _pilotId = pilotId;
    }

    /// <summary>The pilots to estimate, ordered by id.</summary>
    /// <exception cref="WarehouseException">
    /// <see cref="ExitCode.NotFound"/>: a table is missing or the requested pilot does not exist;
    /// <see cref="ExitCode.BuildFailed"/>: a pilot's design or planned split breaks the contract.
    /// </exception>
    public IReadOnlyList<LiftPilot> ReadPilots()
    {
        RequireTables();

        var rows = _connection.Query<(string PilotId, string? PilotName, double? PlannedSplit, string? Primary,
            string? Design, long? PlannedCustomers, string? Status)>(
            """
            select
                pilot_id,
                pilot_name,
                cast(planned_split as double) as planned_split,
                primary_metric,
                design,
                cast(planned_customers as bigint) as planned_customers,
                status,
            from core.dim_pilot
            order by pilot_id
            """);
        var pilots = rows.Select(ToPilot).ToList();
        if (_pilotId is null)
        {
            return pilots;
        }

        var chosen = pilots.Where(p => p.PilotId == _pilotId).ToList();
        if (chosen.Count == 0)
        {
            var known = pilots.Count == 0
                ? "The warehouse has no pilots yet: load the pilots extract and run 'warehouse build'."
                : $"Known pilots: {string.Join(", ", pilots.Select(p => p.PilotId))}.";
            throw new WarehouseException($"No pilot '{_pilotId}' in core.dim_pilot. {known}", ExitCode.NotFound);
        }

        return chosen;
    }

    /// <summary>Each pilot's goals in declared order (primary first), as <see cref="PilotMetric"/>s.</summary>
    /// <exception cref="WarehouseException"><see cref="ExitCode.BuildFailed"/>: an unknown kind or role.</exception>
    public Dictionary<string, IReadOnlyList<PilotMetric>> ReadGoals(IReadOnlyList<LiftPilot> pilots)
    {
        ArgumentNullException.ThrowIfNull(pilots);

        var byId = pilots.ToDictionary(p => p.PilotId, StringComparer.Ordinal);
        var rows = _connection.Query<(string PilotId, string Metric, string? Kind, string? Role, string? Direction,
            double? Margin, long? Position)>(
            $"""
            select
                pilot_id,
                metric,
                metric_kind,
                role,
                direction,
                cast(margin as double) as margin,
                cast(position as bigint) as position,
            from core.dim_pilot_goal
            {PilotFilter()}
            order by pilot_id, position, metric
            """,
            PilotParameter());

        var result = new Dictionary<string, List<PilotMetric>>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => byId.ContainsKey(r.PilotId)))
        {
            var where = $"core.dim_pilot_goal, pilot '{row.PilotId}', metric '{row.Metric}'";
            var kind = MetricKinds.TryParse(row.Kind, out var parsed)
                ? parsed
                : throw Broken($"{where}: metric_kind '{row.Kind}' is not one of rate, mean, count, nps, ratio.");
            var role = LiftVocabulary.ParseRole(row.Role)
                ?? throw Broken($"{where}: role '{row.Role}' is not one of primary, secondary, guardrail.");
            var pilot = byId[row.PilotId];
            var goal = new PilotMetric(pilot.PilotId, pilot.PilotName, row.Metric, kind, role == GoalRole.Primary)
            {
                Role = role,
                Direction = LiftVocabulary.ParseDirection(row.Direction),
                Margin = role == GoalRole.Guardrail ? row.Margin : null,
                Design = pilot.Design,
            };
            if (!result.TryGetValue(row.PilotId, out var list))
            {
                result[row.PilotId] = list = [];
            }

            list.Add(goal);
        }

        // The primary first whatever its declared position, so every output leads with it.
        return result.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<PilotMetric>)kv.Value.OrderBy(g => g.Role == GoalRole.Primary ? 0 : 1).ToList(),
            StringComparer.Ordinal);
    }

    /// <summary>Both arms' sums for every pilot and metric.</summary>
    /// <exception cref="WarehouseException">
    /// <see cref="ExitCode.BuildFailed"/>: an unknown arm or kind, a repeated arm, arms disagreeing on the kind,
    /// or a negative or non-finite sum.
    /// </exception>
    internal Dictionary<(string PilotId, string Metric), MetricArms> ReadSummaries()
    {
        var rows = _connection.Query<SummaryRow>(
            $"""
            select
            {SummaryColumns}
            from marts.pilot_metric_summaries
            {PilotFilter()}
            order by pilot_id, metric, arm
            """,
            PilotParameter());
        return Pair(rows, "marts.pilot_metric_summaries", r => (r.PilotId, r.Metric));
    }

    /// <summary>Both arms' sums for every pilot, metric and month end.</summary>
    /// <exception cref="WarehouseException">As <see cref="ReadSummaries"/>.</exception>
    internal Dictionary<(string PilotId, string Metric, DateOnly Month), MetricArms> ReadMonthlySummaries()
    {
        var rows = _connection.Query<SummaryRow>(
            $"""
            select
            {SummaryColumns}
                as_of_month as AsOfMonth,
            from marts.pilot_metric_summaries_monthly
            {PilotFilter()}
            order by pilot_id, metric, as_of_month, arm
            """,
            PilotParameter());
        return Pair(
            rows,
            "marts.pilot_metric_summaries_monthly",
            r => (r.PilotId, r.Metric, DateOnly.FromDateTime(r.AsOfMonth ?? DateTime.MinValue)));
    }

    /// <summary>Assigned customers per arm, for every pilot with assignments.</summary>
    public Dictionary<string, (long Pilot, long Control)> ReadArmCounts()
    {
        var rows = _connection.Query<(string PilotId, long Pilot, long Control)>(
            $"""
            select
                pilot_id,
                count(*) filter (where arm = 'pilot') as pilot_customers,
                count(*) filter (where arm = 'control') as control_customers,
            from core.fct_pilot_assignment
            {PilotFilter()}
            group by pilot_id
            """,
            PilotParameter());
        return rows.ToDictionary(r => r.PilotId, r => (r.Pilot, r.Control), StringComparer.Ordinal);
    }

    /// <summary>Every integrity check of every pilot, by pilot.</summary>
    public Dictionary<string, IReadOnlyList<IntegrityCheck>> ReadIntegrity()
    {
        var rows = _connection.Query<(string PilotId, string CheckName, long? Failing, string? Detail)>(
            $"""
            select
                pilot_id,
                check_name,
                cast(failing as bigint) as failing,
                detail,
            from marts.pilot_integrity
            {PilotFilter()}
            order by pilot_id, check_name
            """,
            PilotParameter());
        return rows
            .GroupBy(r => r.PilotId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<IntegrityCheck>)g
                    .Select(r => new IntegrityCheck(r.PilotId, r.CheckName, r.Failing ?? 0, r.Detail))
                    .ToList(),
                StringComparer.Ordinal);
    }

    /// <summary>The pre-period months of every pilot metric: month offset, pilot arm and control arm.</summary>
    public Dictionary<
        (string PilotId, string Metric),
        IReadOnlyList<(int MonthOffset, ArmSummary Pilot, ArmSummary Control)>> ReadPreTrends()
    {
        var rows = _connection.Query<(string PilotId, string Metric, string Arm, int MonthOffset, long? Customers,
            double? ValueSum, double? ValueSumSquares)>(
            $"""
            select
                pilot_id,
                metric,
                arm,
                cast(month_offset as integer) as month_offset,
                cast(customers as bigint) as customers,
                cast(value_sum as double) as value_sum,
                cast(value_sum_squares as double) as value_sum_squares,
            from marts.pilot_pre_trends
            {PilotFilter()}
            order by pilot_id, metric, month_offset
            """,
            PilotParameter());
        return rows
            .GroupBy(r => (r.PilotId, r.Metric))
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<(int, ArmSummary, ArmSummary)>)g
                    .GroupBy(r => r.MonthOffset)
                    .OrderBy(m => m.Key)
                    .Select(m => (m.Key, TrendArm(m, "pilot"), TrendArm(m, "control")))
                    .ToList());
    }

    /// <summary>
    /// The baseline of every metric in the warehouse, for power: all pilots' control arms on the metric,
    /// plus the pre-period values of both arms where the metric has them (not for ratios, whose pre-period
    /// form pairs the numerator only). Not limited to the chosen pilot.
    /// </summary>
    public Dictionary<string, ArmStatistics> ReadBaselines()
    {
        var rows = _connection.Query<SummaryRow>(
            """
            with contributions as (
                select
                    metric,
                    metric_kind,
                    cast(case when arm = 'control' then customers else 0 end as bigint) as outcome_customers,
                    cast(case when arm = 'control' then value_sum else 0 end as double) as outcome_sum,
                    cast(case when arm = 'control' then value_sum_squares else 0 end as double)
                        as outcome_sum_squares,
                    cast(case when arm = 'control' then denominator_sum end as double) as denominator_sum,
                    cast(case when arm = 'control' then denominator_sum_squares end as double)
                        as denominator_sum_squares,
                    cast(case when arm = 'control' then value_denominator_sum end as double)
                        as value_denominator_sum,
                    -- A ratio's pre-period form pairs the numerator only, so it says nothing of the ratio.
                    cast(case
                        when metric_kind <> 'ratio' and covariate_sum is not null then paired_customers
                        else 0
                    end as bigint) as pre_customers,
                    cast(case when metric_kind <> 'ratio' then coalesce(covariate_sum, 0) else 0 end as double)
                        as pre_sum,
                    cast(case
                        when metric_kind <> 'ratio' then coalesce(covariate_sum_squares, 0)
                        else 0
                    end as double) as pre_sum_squares,
                from marts.pilot_metric_summaries
            )

            select
                '' as PilotId,
                metric as Metric,
                any_value(metric_kind) as MetricKind,
                'baseline' as Arm,
                cast(sum(coalesce(outcome_customers, 0) + coalesce(pre_customers, 0)) as bigint) as Customers,
                sum(coalesce(outcome_sum, 0) + pre_sum) as ValueSum,
                sum(coalesce(outcome_sum_squares, 0) + pre_sum_squares) as ValueSumSquares,
                sum(denominator_sum) as DenominatorSum,
                sum(denominator_sum_squares) as DenominatorSumSquares,
                sum(value_denominator_sum) as ValueDenominatorSum,
                cast(0 as bigint) as PairedCustomers,
            from contributions
            group by metric
            """);
        return rows.ToDictionary(r => r.Metric, r => r.ToArm(), StringComparer.Ordinal);
    }

    private static ArmSummary TrendArm(IEnumerable<(string PilotId, string Metric, string Arm, int MonthOffset,
        long? Customers, double? ValueSum, double? ValueSumSquares)> month, string arm)
    {
        var row = month.FirstOrDefault(r => r.Arm == arm);
        return row.Arm is null
            ? ArmSummary.Empty
            : new ArmSummary(row.Customers ?? 0, row.ValueSum ?? 0, Math.Max(row.ValueSumSquares ?? 0, 0));
    }

    private static Dictionary<TKey, MetricArms> Pair<TKey>(
        IEnumerable<SummaryRow> rows, string relation, Func<SummaryRow, TKey> key)
        where TKey : notnull
    {
        var result = new Dictionary<TKey, MetricArms>();
        var seen = new HashSet<(TKey, string)>();
        foreach (var row in rows)
        {
            var where = $"{relation}, pilot '{row.PilotId}', metric '{row.Metric}'"
                + (row.AsOfMonth is { } month ? $", month {month:yyyy-MM-dd}" : "");
            var kind = MetricKinds.TryParse(row.MetricKind, out var parsed)
                ? parsed
                : throw Broken($"{where}: metric_kind '{row.MetricKind}' is not one of rate, mean, count, nps, ratio.");
            ArmStatistics arm;
            try
            {
                arm = row.ToArm();
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw Broken($"{where}, arm '{row.Arm}': {ex.Message.Split('\n', 2)[0].Split(" (Parameter", 2)[0]}");
            }

            var known = result.GetValueOrDefault(key(row))
                ?? new MetricArms(kind, ArmStatistics.Empty, ArmStatistics.Empty);
            if (known.Kind != kind)
            {
                throw Broken($"{where}: the arms disagree on metric_kind ({known.Kind.ToName()}, {row.MetricKind}).");
            }

            if (!seen.Add((key(row), row.Arm)))
            {
                throw Broken($"{where}: more than one row for arm '{row.Arm}'.");
            }

            result[key(row)] = row.Arm switch
            {
                "pilot" => known with { Pilot = arm },
                "control" => known with { Control = arm },
                _ => throw Broken($"{where}: arm '{row.Arm}' is neither 'pilot' nor 'control'."),
            };
        }

        return result;
    }

    private static LiftPilot ToPilot((string PilotId, string? PilotName, double? PlannedSplit, string? Primary,
        string? Design, long? PlannedCustomers, string? Status) row)
    {
        var where = $"core.dim_pilot, pilot '{row.PilotId}'";
        if (row.PlannedSplit is not (> 0 and < 1))
        {
            throw Broken($"{where}: planned_split {row.PlannedSplit} is not strictly between 0 and 1.");
        }

        var design = LiftVocabulary.ParseDesign(row.Design)
            ?? throw Broken($"{where}: design '{row.Design}' is neither 'randomised' nor 'observational'.");
        var status = row.Status?.Trim().ToLowerInvariant() switch
        {
            LiftPilot.PlannedStatus => LiftPilot.PlannedStatus,
            LiftPilot.RunningStatus => LiftPilot.RunningStatus,
            LiftPilot.CompleteStatus => LiftPilot.CompleteStatus,
            _ => throw Broken($"{where}: status '{row.Status}' is not one of planned, running, complete."),
        };
        return new LiftPilot(row.PilotId, row.PilotName ?? row.PilotId, row.PlannedSplit.Value, row.Primary)
        {
            Design = design,
            PlannedCustomers = row.PlannedCustomers,
            Status = status,
        };
    }

    private void RequireTables()
    {
        var present = _connection.Query<string>(
            """
            select table_schema || '.' || table_name as qualified_name,
            from information_schema.tables
            where table_schema in ('core', 'marts')
            """)
            .ToHashSet(StringComparer.Ordinal);
        var missing = RequiredTables.Where(t => !present.Contains(t)).ToList();
        if (missing.Count > 0)
        {
            throw new WarehouseException(
                $"The warehouse has no {string.Join(", ", missing)}. {BuildHint.RunBuildFirst}",
                ExitCode.NotFound);
        }
    }

    private string PilotFilter() => _pilotId is null ? "" : "where pilot_id = $pilot_id";

    private DynamicParameters? PilotParameter()
    {
        if (_pilotId is null)
        {
            return null;
        }

        var parameters = new DynamicParameters();
        parameters.Add("pilot_id", _pilotId);
        return parameters;
    }

    private static WarehouseException Broken(string message) =>
        new($"{message} Rebuild the marts with 'warehouse build' and check the pilot models' data tests.",
            ExitCode.BuildFailed);
}
