namespace Warehouse.Etl;

/// <summary>
/// A pipeline failure a user can act on: the message says what failed, where (file, line, column,
/// model, value) and how to fix it. The command line prints it without a stack trace.
/// </summary>
public class WarehouseException : Exception
{
    public WarehouseException(string message, ExitCode exitCode = ExitCode.Failure)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public WarehouseException(string message, Exception innerException, ExitCode exitCode = ExitCode.Failure)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    public WarehouseException()
        : this("The warehouse job failed.")
    {
    }

    public WarehouseException(string message)
        : this(message, ExitCode.Failure)
    {
    }

    public WarehouseException(string message, Exception innerException)
        : this(message, innerException, ExitCode.Failure)
    {
    }

    /// <summary>The process exit code the command line returns for this failure.</summary>
    public ExitCode ExitCode { get; }
}
