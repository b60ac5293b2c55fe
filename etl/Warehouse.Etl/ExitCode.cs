namespace Warehouse.Etl;

/// <summary>Exit codes of the <c>warehouse</c> command.</summary>
public enum ExitCode
{
    Success = 0,

    /// <summary>Any failure not listed below.</summary>
    Failure = 1,

    /// <summary>The command line was wrong: unknown command, missing or malformed option.</summary>
    Usage = 2,

    /// <summary>An input file broke its contract past the reject threshold, or could not be read.</summary>
    BadInput = 3,

    /// <summary>A model failed to build or a data test found failing rows.</summary>
    BuildFailed = 4,

    /// <summary>Another process holds the warehouse file.</summary>
    WarehouseBusy = 5,

    /// <summary>The warehouse lacks what the command needs (no such pilot, month without data).</summary>
    NotFound = 6,
}
