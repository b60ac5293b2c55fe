namespace Warehouse.Etl.Lift;

/// <summary>How <c>warehouse lift --format</c> prints estimates.</summary>
public enum LiftOutputFormat
{
    /// <summary>A fixed-width text table for people, figures rounded for reading.</summary>
    Table,

    /// <summary>A JSON array of objects named like the <c>marts.pilot_lift</c> columns, full precision.</summary>
    Json,

    /// <summary>RFC 4180 CSV with the <c>marts.pilot_lift</c> columns as header, full precision.</summary>
    Csv,
}
