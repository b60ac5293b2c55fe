using System.Collections.Concurrent;
using System.Diagnostics;
using Warehouse.Etl.Contracts;

namespace Warehouse.Reports.Tests.EndToEnd;

/// <summary>
/// Fault injection: the real program is killed (SIGKILL, no chance to clean up) at seeded random moments
/// of <c>load</c> and <c>build</c>. After each kill the warehouse must open, every recorded batch must
/// hold exactly its <c>rows_loaded</c> raw rows and no raw row may belong to an unrecorded batch; running
/// the rest of the job again must then give a clean run's row counts and leave no half-published copy.
/// </summary>
public sealed class CrashSafetyTests
{
    private const int Trials = 21;
    private const int Seed = 20_261_203;
    private const string WarehouseFile = "warehouse.duckdb";

    // On a busy machine a step's first line can reach the test late, making its measured work look
    // instant; kills are then still spread over at least this long.
    private const double ShortestSpreadMilliseconds = 250;

    [Fact]
    public void A_load_or_build_killed_at_any_moment_leaves_whole_batches_and_a_rerun_restores_the_clean_totals()
    {
        var root = Directory.CreateTempSubdirectory("warehouse-crash-test-").FullName;
        try
        {
            var extracts = Path.Combine(root, "extracts");
            var generated = WarehouseProcess.Run(
                root, "generate", "--out", extracts, "--customers", "300", "--months", "12");
            Assert.True(generated.ExitCode == 0, generated.Error);

            var steps = Steps(extracts);
            var clean = CleanRun(root, steps);

            // Draw every trial up front so that the seed alone fixes them, whatever order they run in.
            var random = new Random(Seed);
            var trials = Enumerable.Range(0, Trials)
                .Select(t => (Index: t, Step: t % steps.Count, Delay: random.NextDouble()))
                .ToList();

            // Trials use folders of their own; two at a time keep the whole test near a minute.
            var failures = new ConcurrentBag<string>();
            Parallel.ForEach(
                trials,
                new ParallelOptions { MaxDegreeOfParallelism = 2 },
                trial =>
                {
                    var delay = TimeSpan.FromMilliseconds(
                        trial.Delay * Math.Max(clean.StepMilliseconds[trial.Step], ShortestSpreadMilliseconds));
                    foreach (var failure in RunTrial(root, steps, clean, trial.Index, trial.Step, delay))
                    {
                        failures.Add(
                            $"trial {trial.Index} (kill {string.Join(' ', steps[trial.Step].Take(2))} "
                            + $"after {delay.TotalMilliseconds:F0} ms): {failure}");
                    }
                });

            Assert.True(failures.IsEmpty, string.Join('\n', failures.OrderBy(f => f, StringComparer.Ordinal)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The job in order: one load per extract, then the build, all on <c>warehouse.duckdb</c>.</summary>
    private static List<string[]> Steps(string extracts)
    {
        var steps = ContractCatalog.LoadOrder
            .Select(extract =>
                new[] { "load", extract, Path.Combine(extracts, extract + ".csv"), "--db", WarehouseFile })
            .ToList();
        steps.Add(["build", "--db", WarehouseFile]);
        return steps;
    }

    /// <summary>
    /// Runs the job uninterrupted, keeping a copy of the warehouse before each step (the state a trial
    /// starts from), each step's duration (over which its kill is spread) and the final totals.
    /// </summary>
    private static CleanRunResult CleanRun(string root, List<string[]> steps)
    {
        var folder = Path.Combine(root, "clean");
        Directory.CreateDirectory(folder);
        var durations = new List<double>();
        for (var step = 0; step < steps.Count; step++)
        {
            var snapshot = Path.Combine(root, $"before-step-{step}");
            Directory.CreateDirectory(snapshot);
            CopyWarehouse(folder, snapshot);

            using var run = new WatchedRun(folder, steps[step]);
            run.WaitForWork();
            var clock = Stopwatch.StartNew();
            var exitCode = run.WaitForExit();
            durations.Add(clock.Elapsed.TotalMilliseconds);
            Assert.True(exitCode == 0, run.Error);
        }

        var totals = Totals(folder);
        Assert.DoesNotContain(",0,", $",{totals},", StringComparison.Ordinal);
        return new CleanRunResult(durations, totals);
    }

    private static List<string> RunTrial(
        string root, List<string[]> steps, CleanRunResult clean, int index, int killedStep, TimeSpan delay)
    {
        var failures = new List<string>();
        var folder = Path.Combine(root, $"trial-{index}");
        Directory.CreateDirectory(folder);
        CopyWarehouse(Path.Combine(root, $"before-step-{killedStep}"), folder);

        using (var run = new WatchedRun(folder, steps[killedStep]))
        {
            run.WaitForWork();
            Thread.Sleep(delay);
            run.Kill();
        }

        // A kill before the first load created the file leaves no warehouse, which is whole by definition.
        if (File.Exists(Path.Combine(folder, WarehouseFile)))
        {
            var opened = WarehouseProcess.Run(folder, "query", "select 1", "--db", WarehouseFile);
            if (opened.ExitCode != 0)
            {
                failures.Add($"the warehouse does not open after the kill: {opened.Error.Trim()}");
                return failures;
            }

            var broken = Query(folder, BrokenBatchesSql());
            if (broken != "none")
            {
                failures.Add($"broken batches after the kill: {broken}");
            }
        }

        // The steps before the killed one finished in the copied warehouse; the rest of the job runs again.
        foreach (var step in steps.Skip(killedStep))
        {
            var rerun = WarehouseProcess.Run(folder, step);
            if (rerun.ExitCode != 0)
            {
                failures.Add($"rerunning {string.Join(' ', step.Take(2))} failed: {rerun.Error.Trim()}");
                return failures;
            }
        }

        var totals = Totals(folder);
        if (totals != clean.Totals)
        {
            failures.Add($"totals after the rerun are {totals}, a clean run's are {clean.Totals}");
        }

        var leftovers = Directory.GetFiles(folder, "*.tmp*");
        if (leftovers.Length > 0)
        {
            failures.Add($"temporary copies left after the rerun: {string.Join(", ", leftovers)}");
        }

        return failures;
    }

    /// <summary>
    /// Every problem with the batches, or <c>none</c>: a recorded batch whose rows in its raw table differ
    /// from its <c>rows_loaded</c>, and raw rows whose batch is not recorded.
    /// </summary>
    private static string BrokenBatchesSql()
    {
        var rawRows = string.Join(
            "\n    union all\n    ",
            ContractCatalog.LoadEmbedded().All.Select(c =>
                $"select _batch_id as batch_id, count(*) as row_count from {c.RawTable} group by _batch_id"));
        return $"""
            with raw_rows as (
                {rawRows}
            ),
            counted as (
                select batch_id, sum(row_count) as row_count from raw_rows group by batch_id
            ),
            problems as (
                select 'batch ' || b.batch_id || ' records ' || b.rows_loaded || ' rows but holds '
                    || coalesce(c.row_count, 0) as problem,
                from meta.load_batches as b
                left join counted as c on c.batch_id = b.batch_id
                where b.rows_loaded <> coalesce(c.row_count, 0)
                union all
                select 'raw rows of unrecorded batch ' || c.batch_id as problem,
                from counted as c
                where c.batch_id not in (select batch_id from meta.load_batches)
            )
            select coalesce(string_agg(problem, '; '), 'none') from problems
            """;
    }

    /// <summary>Row counts of every raw table and of <c>marts.portfolio_kpis_monthly</c>, comma-separated.</summary>
    private static string Totals(string folder)
    {
        var counts = ContractCatalog.LoadEmbedded().All
            .Select(c => c.RawTable)
            .Append("marts.portfolio_kpis_monthly")
            .Select(table => $"(select count(*) from {table})");
        return Query(folder, $"select concat_ws(',', {string.Join(", ", counts)})");
    }

    /// <summary>A single value, through the program's own query command.</summary>
    private static string Query(string folder, string sql)
    {
        var (exitCode, output, error) = WarehouseProcess.Run(folder, "query", sql, "--db", WarehouseFile);
        Assert.True(exitCode == 0, error);
        return output.Split('\n')[2].Trim();
    }

    /// <summary>Copies the warehouse file and its write-ahead log, where they exist.</summary>
    private static void CopyWarehouse(string from, string to)
    {
        foreach (var name in new[] { WarehouseFile, WarehouseFile + ".wal" })
        {
            var source = Path.Combine(from, name);
            if (File.Exists(source))
            {
                File.Copy(source, Path.Combine(to, name), overwrite: true);
            }
        }
    }

    private sealed record CleanRunResult(IReadOnlyList<double> StepMilliseconds, string Totals);
}
