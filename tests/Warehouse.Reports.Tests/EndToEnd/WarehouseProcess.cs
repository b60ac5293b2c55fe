using System.Diagnostics;

namespace Warehouse.Reports.Tests.EndToEnd;

/// <summary>Runs the real <c>warehouse</c> program, as a user would from a shell.</summary>
internal static class WarehouseProcess
{
    /// <summary>The program's exit code, standard output and standard error.</summary>
    public static (int ExitCode, string Output, string Error) Run(string workingFolder, params string[] arguments)
    {
        using var process = Start(workingFolder, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"warehouse {string.Join(' ', arguments)} did not finish in 5 minutes.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>
    /// Starts the program without waiting for it; the caller reads (or drains) its redirected output and
    /// disposes the process.
    /// </summary>
    public static Process Start(string workingFolder, params string[] arguments)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "warehouse.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("WAREHOUSE_DB");
        start.Environment.Remove("WAREHOUSE_PSEUDONYM_KEY");
        return Process.Start(start)!;
    }
}
