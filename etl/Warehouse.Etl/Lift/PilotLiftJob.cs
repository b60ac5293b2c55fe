using System.Diagnostics;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;

namespace Warehouse.Etl.Lift;

/// <summary>
/// The <c>lift</c> step: reads the per-arm sums of <c>marts.pilot_metric_summaries</c>, the pilots of
/// <c>core.dim_pilot</c> and the arm counts of <c>core.fct_pilot_assignment</c>, estimates the lift of every
/// declared metric (<see cref="LiftCalculator"/>) and writes <c>marts.pilot_lift</c>.
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
    /// Estimates every metric of every pilot, or of one pilot, and replaces the matching rows of
    /// <c>marts.pilot_lift</c> in one transaction: the whole table for all pilots (created or recreated),
    /// only that pilot's rows for one pilot (the table is created when missing).
    /// </summary>
    /// <param name="connection">An open connection to the warehouse, not inside a transaction.</param>
    /// <param name="pilotId">One pilot to estimate, or <see langword="null"/> for all of them.</param>
    /// <param name="cancellationToken">Checked between pilots; nothing is written once it fires.</param>
    /// <returns>
    /// The estimates as written: ordered by pilot id, then by the pilot's declared metric order with the
    /// primary metric first. A declared metric without outcome rows appears with null figures and a note;
    /// summary rows of metrics the pilot does not declare are not estimated.
    /// </returns>
    /// <exception cref="WarehouseException">
    /// <see cref="ExitCode.NotFound"/> when the pilot does not exist or the warehouse has not been built;
    /// <see cref="ExitCode.BuildFailed"/> when the summaries break their contract or the write fails.
    /// </exception>
    public IReadOnlyList<LiftEstimate> Run(
        DuckDBConnection connection,
        string? pilotId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);

        var reader = new PilotLiftInputs(connection, pilotId);
        var pilots = reader.ReadPilots();
        LiftLog.Computing(_logger, pilots.Count);
        var declaredMetrics = reader.ReadDeclaredMetrics();
        var summaries = reader.ReadSummaries();
        var armCounts = reader.ReadArmCounts();

        var estimates = new List<LiftEstimate>();
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

            var metrics = MetricOrder(pilot, declaredMetrics.GetValueOrDefault(pilot.PilotId, []));
            foreach (var metric in metrics)
            {
                var arms = summaries.GetValueOrDefault((pilot.PilotId, metric));
                var identity = new PilotMetric(
                    pilot.PilotId, pilot.PilotName, metric, arms?.Kind, IsPrimary: metric == metrics[0]);
                estimates.Add(LiftCalculator.Estimate(
                    identity,
                    arms?.Pilot ?? ArmSummary.Empty,
                    arms?.Control ?? ArmSummary.Empty,
                    sampleRatio));
            }

            LiftLog.PilotComputed(_logger, pilot.PilotId, metrics.Count, clock.ElapsedMilliseconds);
        }

        cancellationToken.ThrowIfCancellationRequested();
        Write(connection, estimates, pilotId, pilots.Count);
        return estimates;
    }

    /// <summary>The primary metric first, then the others in declared order, each once.</summary>
    private static List<string> MetricOrder(LiftPilot pilot, IReadOnlyList<string> declared)
    {
        var primary = string.IsNullOrWhiteSpace(pilot.PrimaryMetric) ? declared.FirstOrDefault() : pilot.PrimaryMetric;
        var ordered = new List<string>();
        foreach (var metric in declared.Prepend(primary))
        {
            if (!string.IsNullOrWhiteSpace(metric) && !ordered.Contains(metric, StringComparer.Ordinal))
            {
                ordered.Add(metric);
            }
        }

        return ordered;
    }

    private void Write(DuckDBConnection connection, List<LiftEstimate> estimates, string? pilotId, int pilots)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            Replace(connection, estimates, pilotId);
        }
        catch (DuckDBException ex)
        {
            throw new WarehouseException(
                $"Writing marts.pilot_lift failed, nothing was changed: {ex.Message.Split('\n', 2)[0]}. "
                + "If the table predates this version, run 'warehouse lift' for all pilots to recreate it.",
                ex,
                ExitCode.BuildFailed);
        }

        LiftLog.Written(_logger, estimates.Count, pilots, clock.ElapsedMilliseconds);
    }

    private static void Replace(DuckDBConnection connection, List<LiftEstimate> estimates, string? pilotId)
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute("create schema if not exists marts", transaction: transaction);
        connection.Execute(PilotLiftColumns.CreateTableSql(replace: pilotId is null), transaction: transaction);
        if (pilotId is not null)
        {
            var pilotParameter = new DynamicParameters();
            pilotParameter.Add("pilot_id", pilotId);
            connection.Execute(
                "delete from marts.pilot_lift where pilot_id = $pilot_id", pilotParameter, transaction);
        }

        foreach (var estimate in estimates)
        {
            var row = new DynamicParameters();
            foreach (var column in PilotLiftColumns.All)
            {
                row.Add(column.Name, column.Value(estimate));
            }

            connection.Execute(PilotLiftColumns.InsertSql, row, transaction);
        }

        transaction.Commit();
    }
}
