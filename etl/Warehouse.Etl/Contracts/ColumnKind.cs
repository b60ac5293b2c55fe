namespace Warehouse.Etl.Contracts;

/// <summary>Families of contract column types.</summary>
public enum ColumnKind
{
    Varchar,
    Integer,
    Bigint,
    Boolean,
    Date,
    Timestamp,
    Decimal,
}
