namespace Warehouse.Etl.Generation;

/// <summary>Relationship statuses as the customers contract allows them.</summary>
internal static class CustomerStatus
{
    public const string Active = "active";

    public const string Dormant = "dormant";

    public const string Closed = "closed";
}
