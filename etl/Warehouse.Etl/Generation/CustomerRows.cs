namespace Warehouse.Etl.Generation;

/// <summary>Writes customer snapshots to the <c>customers</c> extract.</summary>
internal sealed class CustomerRows(ExtractOutput output)
{
    private readonly int _customerId = output.Record.Ordinal("customer_id");
    private readonly int _snapshotDate = output.Record.Ordinal("snapshot_date");
    private readonly int _fullName = output.Record.Ordinal("full_name");
    private readonly int _email = output.Record.Ordinal("email");
    private readonly int _birthDate = output.Record.Ordinal("birth_date");
    private readonly int _region = output.Record.Ordinal("region");
    private readonly int _segment = output.Record.Ordinal("segment");
    private readonly int _incomeBand = output.Record.Ordinal("income_band");
    private readonly int _openDate = output.Record.Ordinal("open_date");
    private readonly int _status = output.Record.Ordinal("status");

    public void Write(CustomerState customer, DateOnly snapshotDate)
    {
        var row = output.Begin();
        row.SetText(_customerId, customer.CustomerId);
        row.SetDate(_snapshotDate, snapshotDate);
        row.SetText(_fullName, customer.FullName);
        row.SetText(_email, customer.Email);
        row.SetDate(_birthDate, customer.BirthDate);
        row.SetText(_region, customer.Region);
        row.SetText(_segment, customer.Segment);
        row.SetText(_incomeBand, customer.IncomeBand);
        row.SetDate(_openDate, customer.OpenDate);
        row.SetText(_status, customer.Status);
        output.Commit();
    }
}
