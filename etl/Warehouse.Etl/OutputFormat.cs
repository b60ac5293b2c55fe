namespace Warehouse.Etl;

/// <summary>How a command prints rows (<c>--format</c>): for people, or for another program.</summary>
public enum OutputFormat
{
    /// <summary>An aligned plain-text table.</summary>
    Table,

    /// <summary>A JSON array of objects named like the columns of the table the rows come from.</summary>
    Json,

    /// <summary>RFC 4180 CSV with those column names as header.</summary>
    Csv,
}
