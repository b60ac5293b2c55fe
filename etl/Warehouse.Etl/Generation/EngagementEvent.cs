namespace Warehouse.Etl.Generation;

/// <summary>One contact or digital action, before it gets its identifier.</summary>
internal sealed record EngagementEvent(
    DateTime At,
    string Channel,
    string Direction,
    string EventType,
    string? Outcome = null,
    string? CampaignId = null,
    decimal? Amount = null,
    decimal? PromiseAmount = null,
    DateOnly? PromiseDueDate = null);
