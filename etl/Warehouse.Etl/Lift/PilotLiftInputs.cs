using Dapper;
using DuckDB.NET.Data;

namespace Warehouse.Etl.Lift;

/// <summary>Reads what the lift step needs from the warehouse, for all pilots or for one.</summary>
internal sealed class PilotLiftInputs
{
    private static readonly string[] RequiredTables =
        ["core.dim_pilot", "core.fct_pilot_assignment", "marts.pilot_metric_summaries"];

    private readonly DuckDBConnection _connection;
    private readonly string? _pilotId;

    /// <param name="connection">An open warehouse connection.</param>
    /// <param name="pilotId">The one pilot to read, or <see langword="null"/> for all.</param>
    public PilotLiftInputs(DuckDBConnection connection, string? pilotId)
    {
        _connection = connection;
        _pilotId = pilotId;
    }

    /// <summary>The pilots to estimate, ordered by id.</summary>
    /// <exception cref="WarehouseException">
    /// <see cref="ExitCode.NotFound"/>: a table is missing or the requested pilot does not exist.
    /// </exception>
    public IReadOnlyList<LiftPilot> ReadPilots()
    {
        RequireTables();

        var pilots = _connection.Query<(string PilotId, string PilotName, double PlannedSplit, string? Primary)>(
            """
            select
                pilot_id,
                pilot_name,
                cast(planned_split as double) as planned_split,
                primary_metric,
            from core.dim_pilot
            order by pilot_id
            """)
            .Select(p => new LiftPilot(p.PilotId, p.PilotName, p.PlannedSplit, p.Primary))
            .ToList();
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

    /// <summary>Each pilot's declared metrics in declared order.</summary>
    public Dictionary<string, IReadOnlyList<string>> ReadDeclaredMetrics()
    {
        var rows = _connection.Query<(string PilotId, string Metric, long Position)>(
            $"""
            with declared as (
                select
                    pilot_id,
                    unnest(metrics) as metric,
                    generate_subscripts(metrics, 1) as metric_position,
                from core.dim_pilot
                {PilotFilter()}
            )

            select
                pilot_id,
                trim(metric) as metric,
                metric_position,
            from declared
            where trim(metric) <> ''
            order by pilot_id, metric_position
            """,
            PilotParameter());

        return rows
            .GroupBy(r => r.PilotId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)g.Select(r => r.Metric).ToList(),
                StringComparer.Ordinal);
    }

    /// <summary>Both arms' sums for every pilot and metric.</summary>
    /// <exception cref="WarehouseException">
    /// <see cref="ExitCode.BuildFailed"/>: an unknown arm or kind, a repeated arm, or arms disagreeing on the kind.
    /// </exception>
    public Dictionary<(string PilotId, string Metric), MetricArms> ReadSummaries()
    {
        var rows = _connection.Query<(string PilotId, string Metric, string Kind, string Arm, long Customers,
            double ValueSum, double ValueSumSquares)>(
            $"""
            select
                pilot_id,
                metric,
                metric_kind,
                arm,
                customers,
                coalesce(value_sum, 0) as value_sum,
                coalesce(value_sum_squares, 0) as value_sum_squares,
            from marts.pilot_metric_summaries
            {PilotFilter()}
            order by pilot_id, metric, arm
            """,
            PilotParameter());

        var result = new Dictionary<(string, string), MetricArms>();
        var seen = new HashSet<(string, string, string)>();
        foreach (var row in rows)
        {
            var where = $"marts.pilot_metric_summaries, pilot '{row.PilotId}', metric '{row.Metric}'";
            var kind = MetricKinds.TryParse(row.Kind, out var parsed)
                ? parsed
                : throw Broken($"{where}: metric_kind '{row.Kind}' is not one of rate, mean, nps.");
            var arm = new ArmSummary(row.Customers, row.ValueSum, row.ValueSumSquares);
            var known = result.GetValueOrDefault((row.PilotId, row.Metric))
                ?? new MetricArms(kind, ArmSummary.Empty, ArmSummary.Empty);
            if (known.Kind != kind)
            {
                throw Broken($"{where}: the arms disagree on metric_kind ({known.Kind.ToName()}, {row.Kind}).");
            }

            if (!seen.Add((row.PilotId, row.Metric, row.Arm)))
            {
                throw Broken($"{where}: more than one row for arm '{row.Arm}'.");
            }

            result[(row.PilotId, row.Metric)] = row.Arm switch
            {
                "pilot" => known with { Pilot = arm },
                "control" => known with { Control = arm },
                _ => throw Broken($"{where}: arm '{row.Arm}' is neither 'pilot' nor 'control'."),
            };
        }

        return result;
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
                $"The warehouse has no {string.Join(", ", missing)}: run 'warehouse build' before 'warehouse lift'.",
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
