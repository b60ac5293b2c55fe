using System.Globalization;

namespace Warehouse.Etl.Generation;

/// <summary>Writes events to the <c>engagement</c> extract, numbering them in the order written.</summary>
internal sealed class EngagementRows(ExtractOutput output)
{
    private readonly int _eventId = output.Record.Ordinal("event_id");
    private readonly int _customerId = output.Record.Ordinal("customer_id");
    private readonly int _eventAt = output.Record.Ordinal("event_at");
    private readonly int _channel = output.Record.Ordinal("channel");
    private readonly int _direction = output.Record.Ordinal("direction");
    private readonly int _eventType = output.Record.Ordinal("event_type");
    private readonly int _outcome = output.Record.Ordinal("outcome");
    private readonly int _campaignId = output.Record.Ordinal("campaign_id");
    private readonly int _amount = output.Record.Ordinal("amount");
    private readonly int _promiseAmount = output.Record.Ordinal("promise_amount");
    private readonly int _promiseDueDate = output.Record.Ordinal("promise_due_date");
    private long _written;

    public void Write(EngagementEvent engagement, string customerId)
    {
        _written++;
        var row = output.Begin();
        row.SetText(_eventId, "E" + _written.ToString("D9", CultureInfo.InvariantCulture));
        row.SetText(_customerId, customerId);
        row.SetTimestamp(_eventAt, engagement.At);
        row.SetText(_channel, engagement.Channel);
        row.SetText(_direction, engagement.Direction);
        row.SetText(_eventType, engagement.EventType);
        row.SetText(_outcome, engagement.Outcome);
        row.SetText(_campaignId, engagement.CampaignId);
        row.SetDecimal(_amount, engagement.Amount);
        row.SetDecimal(_promiseAmount, engagement.PromiseAmount);
        row.SetDate(_promiseDueDate, engagement.PromiseDueDate);
        output.Commit();
    }
}
