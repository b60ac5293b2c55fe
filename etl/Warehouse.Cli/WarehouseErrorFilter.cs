using Cocona.Filters;
using Warehouse.Etl;

namespace Warehouse.Cli;

/// <summary>
/// Turns a <see cref="WarehouseException"/> into its message on standard error and its exit code,
/// without a stack trace; anything else is a bug and keeps its trace.
/// </summary>
internal sealed class WarehouseErrorFilter : ICommandFilter
{
    public async ValueTask<int> OnCommandExecutionAsync(
        CoconaCommandExecutingContext ctx, CommandExecutionDelegate next)
    {
        try
        {
            return await next(ctx);
        }
        catch (WarehouseException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return (int)ex.ExitCode;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("cancelled");
            return 130;
        }
    }
}
