using System.Diagnostics;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;

namespace Warehouse.Etl.Lift;

/// <summary>
/// The <c>lift</c> step: reads the lift interface relations (<see cref="PilotLiftInputs"/>), estimates and
/// judges every declared goal of every pilot (<see cref="PilotAnalysis"/>), the lift over time and the power
/// (<see cref="PilotPlanner"/>), and writes <c>marts.pilot_lift</c>, <c>marts.pilot_verdicts</c>,
/// <c>marts.pilot_lift_monthly</c> and <c>marts.pilot_power</c> in one transaction.
/// </summary>
public sealed class PilotLiftJob
{
    private readonly ILogger<PilotLiftJob> _logger;

    public PilotLiftJob(ILogger<PilotLiftJob> logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
    }

    /// <summary>
    /// Analyses every pilot, or one, and replaces the matching rows of the four lift marts in one
    /// transaction: whole tables for all pilots (created or recreated), only that pilot's rows for one pilot
    /// (tables are created when missing). Power uses α = 0.05, power 0.8 and the planned size.
    /// </summary>
    /// <param name="connection">An open connection to the warehouse, not inside a transaction.</param>
    /// <param name="pilotId">One pilot to estimate, or <see langword="null"/> for all of them.</param>
    /// <param name="cancellationToken">Checked between pilots; nothing is written once it fires.</param>
    /// <returns>What was written (see <see cref="Analyse"/> for the order).</returns>
    /// <exception cref="WarehouseException">
    /// <see cref="ExitCode.NotFound"/> when the pilot does not exist or the warehouse has not been built;
    /// <see cref="ExitCode.BuildFailed"/> when the inputs break their contract or the write fails.
    /// </exception>
    public LiftReport Run(
        DuckDBConnection connection,
        string? pilotId = null,
        CancellationToken cancellationToken = default)
    {
        var report = Analyse(connection, pilotId, PowerOptions.Default, cancellationToken);

        cancellationToken.ThrowIfCancellationRequested();
        Write(connection, report, pilotId);
        return report;
    }

    /// <summary>
    /// Analyses every pilot, or one, without writing anything (a read-only connection will do).
    /// </summary>
    /// <returns>
    /// Estimates ordered by pilot id, then the pilot's declared goal order with the primary first (a declared
    /// goal without summary rows appears with null figures and a note; summary rows of undeclared metrics are
    /// not estimated); one verdict per pilot; monthly rows by pilot, goal and month; power rows by pilot and goal.
    /// </returns>
    /// <exception cref="WarehouseException">As <see cref="Run"/>.</exception>
    public LiftReport Analyse(
        DuckDBConnection connection,
        string? pilotId,
        PowerOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);

        var reader = new PilotLiftInputs(connection, pilotId);
        var pilots = reader.ReadPilots();
        LiftLog.Computing(_logger, pilots.Count);
        var goals = reader.ReadGoals(pilots);
        var summaries = reader.ReadSummaries();
        var monthly = reader.ReadMonthlySummaries();
        var armCounts = reader.ReadArmCounts();
        var integrity = reader.ReadIntegrity();
        var preTrends = reader.ReadPreTrends();
        var baselines = reader.ReadBaselines();

        var estimates = new List<LiftEstimate>();
        var verdicts = new List<PilotVerdict>();
        var monthlyLift = new List<MonthlyLift>();
        var power = new List<PilotPower>();
        foreach (var pilot in pilots)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            var counts = armCounts.GetValueOrDefault(pilot.PilotId);
            var sampleRatio = SampleRatioCheck.Compute(counts.Pilot, counts.Control, pilot.PlannedSplit);
            if (sampleRatio.IsMismatch)
            {
                LiftLog.SampleRatioMismatch(
                    _logger,
                    pilot.PilotId,
                    sampleRatio.ObservedShare!.Value,
                    sampleRatio.PlannedShare,
                    sampleRatio.PValue!.Value);
            }

            var pilotGoals = goals.GetValueOrDefault(pilot.PilotId, []);
            var inputs = pilotGoals
                .Select(g => Inputs(g, summaries.GetValueOrDefault((pilot.PilotId, g.Metric)), preTrends))
                .ToList();
            var (judged, verdict) = PilotAnalysis.Analyse(
                pilot, inputs, sampleRatio, integrity.GetValueOrDefault(pilot.PilotId, []));
            estimates.AddRange(judged);
            verdicts.Add(verdict);

            // A pilot that is not decision-ready is so in every mart that shows its figures.
            monthlyLift.AddRange(Monthly(pilotGoals, monthly, sampleRatio, verdict.IsDecisionReady));
            power.AddRange(PilotPlanner.Plan(
                    pilot,
                    pilotGoals,
                    judged.ToDictionary(e => e.Metric, StringComparer.Ordinal),
                    baselines,
                    counts.Pilot + counts.Control,
                    options,
                    verdict.IsDecisionReady));
            LiftLog.PilotComputed(_logger, pilot.PilotId, pilotGoals.Count, clock.ElapsedMilliseconds);
        }

        return new LiftReport(estimates, verdicts, monthlyLift, power);
    }

    private static GoalInputs Inputs(
        PilotMetric goal,
        MetricArms? arms,
        Dictionary<(string, string), IReadOnlyList<(int MonthOffset, ArmSummary Pilot, ArmSummary Control)>> preTrends)
    {
        if (arms is not null && arms.Kind != goal.Kind)
        {
            throw new WarehouseException(
                $"Pilot '{goal.PilotId}', metric '{goal.Metric}': core.dim_pilot_goal says {goal.Kind?.ToName()} but "
                + $"marts.pilot_metric_summaries says {arms.Kind.ToName()}. Rebuild with 'warehouse build'.",
                ExitCode.BuildFailed);
        }

        var preTrend = goal.Design == PilotDesign.Observational
            ? PreTrendCheck.Of(preTrends.GetValueOrDefault((goal.PilotId, goal.Metric), []))
            : null;
        return new GoalInputs(goal, arms?.Pilot ?? ArmStatistics.Empty, arms?.Control ?? ArmStatistics.Empty, preTrend);
    }

    private static IEnumerable<MonthlyLift> Monthly(
        IReadOnlyList<PilotMetric> goals,
        Dictionary<(string PilotId, string Metric, DateOnly Month), MetricArms> monthly,
        SampleRatioCheck sampleRatio,
        bool isDecisionReady)
    {
        foreach (var goal in goals)
        {
            var months = monthly
                .Where(kv => kv.Key.PilotId == goal.PilotId && kv.Key.Metric == goal.Metric)
                .OrderBy(kv => kv.Key.Month);
            foreach (var (key, arms) in months)
            {
                var estimate = LiftCalculator.Estimate(goal, arms.Pilot, arms.Control, sampleRatio);
                yield return MonthlyLift.From(estimate, key.Month, isDecisionReady);
            }
        }
    }

    private void Write(DuckDBConnection connection, LiftReport report, string? pilotId)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute("create schema if not exists marts", transaction: transaction);
            PilotLiftColumns.Table.Replace(connection, report.Estimates, pilotId, transaction);
            PilotVerdictColumns.Table.Replace(connection, report.Verdicts, pilotId, transaction);
            PilotLiftMonthlyColumns.Table.Replace(connection, report.Monthly, pilotId, transaction);
            PilotPowerColumns.Table.Replace(connection, report.Power, pilotId, transaction);
            transaction.Commit();
        }
        catch (DuckDBException ex)
        {
            throw new WarehouseException(
                $"Writing the pilot lift marts failed, nothing was changed: {ex.Message.Split('\n', 2)[0]}. "
                + "If a table predates this version, run 'warehouse lift' for all pilots to recreate it.",
                ex,
                ExitCode.BuildFailed);
        }

        LiftLog.Written(_logger, report.Estimates.Count, report.Verdicts.Count, clock.ElapsedMilliseconds);
    }
}
