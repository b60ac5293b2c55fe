using System.Diagnostics;
using System.Text;

namespace Warehouse.Reports.Tests.EndToEnd;

/// <summary>
/// One run of the real program with its logging on (<c>-v</c>), watched for its first line of output:
/// the moment the program has started and begins its work. Timing a kill from that moment, rather than
/// from the process start, spreads kills over the work instead of over the runtime's start-up.
/// </summary>
internal sealed class WatchedRun : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly ManualResetEventSlim _working = new();
    private readonly StringBuilder _error = new();

    public WatchedRun(string workingFolder, string[] arguments)
    {
        _process = WarehouseProcess.Start(workingFolder, [.. arguments, "-v"]);
        _process.OutputDataReceived += (_, _) => _working.Set();
        _process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (_error)
                {
                    _error.AppendLine(line.Data);
                }
            }

            _working.Set();
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Everything the program wrote to standard error so far.</summary>
    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>Blocks until the program writes its first line (or closes its output without one).</summary>
    public void WaitForWork()
    {
        if (!_working.Wait(Patience))
        {
            throw new TimeoutException($"The program wrote nothing in {Patience.TotalMinutes} minutes.");
        }
    }

    /// <summary>Waits for the program to end by itself; returns its exit code.</summary>
    public int WaitForExit()
    {
        if (!_process.WaitForExit(Patience))
        {
            throw new TimeoutException($"The program did not finish in {Patience.TotalMinutes} minutes.");
        }

        // The parameterless wait also waits for the redirected output to be read to its end.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Kills the program and all it started (SIGKILL: no clean-up runs) and waits for the end.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        _process.Dispose();
        _working.Dispose();
    }
}
