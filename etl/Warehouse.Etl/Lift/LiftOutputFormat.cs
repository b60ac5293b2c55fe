namespace Warehouse.Etl.Lift;

/// <summary>How <c>warehouse lift --format</c> prints estimates.</summary>
public enum LiftOutputFormat
{
    /// <summary>A fixed-width text table for people, figures rounded for reading.</summary>
    Table,

    /// <summary>A JSON object with one array per lift mart, named like the marts' columns, full precision.</summary>
    Json,

    /// <summary>RFC 4180 CSV of one lift mart with its columns as header, full precision.</summary>
    Csv,
}
