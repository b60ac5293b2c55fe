using Dapper;
using DuckDB.NET.Data;
using Warehouse.Etl;
using Warehouse.Reports.Monthly;
namespace Warehouse.Reports.Pilots;

/// <summary>
/// Reads one pilot's report from the lift marts (<c>marts.pilot_lift</c>, <c>pilot_verdicts</c>,
/// <c>pilot_lift_monthly</c>, <c>pilot_power</c>), <c>marts.pilot_balance</c>, <c>marts.pilot_integrity</c>,
/// <c>core.dim_pilot</c> and its goals. It only reads.
/// </summary>
public static class PilotReportQuery
{
    private static readonly string[] RequiredTables =
    [
        "core.dim_pilot",
        "core.dim_pilot_goal",
        "core.dim_pilot_metric",
        "core.fct_pilot_assignment",
        "marts.pilot_lift",
        "marts.pilot_verdicts",
        "marts.pilot_lift_monthly",
        "marts.pilot_power",
        "marts.pilot_balance",
        "marts.pilot_integrity",
        "meta.load_batches",
    ];

    /// <summary>The verdict on every pilot of the warehouse, by name.</summary>
    public static IReadOnlyList<PilotVerdictSummary> Verdicts(DuckDBConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Query<PilotVerdictSummary>(PilotReportSql.Verdicts).ToList();
    }

    /// <summary>Every goal of every pilot, by pilot id and then in declared order.</summary>
    public static IReadOnlyList<PilotGoal> Goals(DuckDBConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Query<PilotGoal>(PilotReportSql.Goals).ToList();
    }

    /// <summary>The report of pilot <paramref name="pilotId"/>.</summary>
    /// <exception cref="WarehouseException">
    /// With <see cref="ExitCode.NotFound"/> when a table the report reads is missing, or when the warehouse has no
    /// pilot of that id or no verdict on it; the message names the pilots it has.
    /// </exception>
    public static PilotReport Load(DuckDBConnection connection, string pilotId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(pilotId);
        EnsureTablesExist(connection);

        var parameters = new { pilot_id = pilotId };
        var pilot = connection.Query<Monthly.Pilot>(MonthlyReportSql.Pilots)
            .SingleOrDefault(p => p.PilotId == pilotId) ?? throw PilotNotFound(connection, pilotId);
        var verdict = Verdicts(connection).SingleOrDefault(v => v.PilotId == pilotId)
            ?? throw new WarehouseException(
                $"Pilot '{pilotId}' has no verdict in marts.pilot_verdicts. Run the pilot lift (warehouse lift) "
                + "before asking for its report.",
                ExitCode.NotFound);

        var goals = Goals(connection).Where(g => g.PilotId == pilotId).ToList();
        var definitions = connection.Query<MetricDefinition>(PilotReportSql.Definitions)
            .ToDictionary(d => d.Metric, StringComparer.Ordinal);

        return new PilotReport(
            pilot,
            connection.ExecuteScalar<long?>(PilotReportSql.PlannedCustomers, parameters),
            verdict,
            goals,
            connection.Query<CovariateBalance>(PilotReportSql.Balance, parameters).ToList(),
            connection.Query<IntegrityResult>(PilotReportSql.Integrity, parameters).ToList(),
            connection.Query<GoalPower>(PilotReportSql.Power, parameters).ToList(),
            connection.Query<MonthlyGoalLift>(PilotReportSql.LiftOverTime, parameters).ToList(),
            goals.Where(g => definitions.ContainsKey(g.Metric)).Select(g => definitions[g.Metric]).ToList(),
            connection.ExecuteScalar<DateTime?>(MonthlyReportSql.DataLoadedAt));
    }

    private static void EnsureTablesExist(DuckDBConnection connection)
    {
        var present = connection.Query<string>(MonthlyReportSql.ReportTables).ToHashSet(StringComparer.Ordinal);
        var missing = RequiredTables.Where(t => !present.Contains(t)).ToList();
        if (missing.Count > 0)
        {
            throw new WarehouseException(
                $"The warehouse lacks {string.Join(", ", missing)}, which the pilot report reads. "
                + BuildHint.RunBuildFirst,
                ExitCode.NotFound);
        }
    }

    private static WarehouseException PilotNotFound(DuckDBConnection connection, string pilotId)
    {
        var known = connection.Query<string>(PilotReportSql.KnownPilots).ToList();
        var message = known.Count == 0
            ? $"The warehouse has no pilots, so no pilot '{pilotId}'."
            : $"The warehouse has no pilot '{pilotId}'. Pilots: {string.Join(", ", known)}.";
        return new WarehouseException(message, ExitCode.NotFound);
    }
}
