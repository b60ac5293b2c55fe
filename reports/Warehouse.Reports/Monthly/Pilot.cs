namespace Warehouse.Reports.Monthly;

/// <summary>
/// One engagement pilot as <c>core.dim_pilot</c> describes it, with the span of its customers' outcome windows
/// from <c>core.fct_pilot_assignment</c>.
/// </summary>
/// <param name="PilotId">The pilot's identifier.</param>
/// <param name="PilotName">The pilot's short name for reports.</param>
/// <param name="Owner">The team that owns the pilot.</param>
/// <param name="StartDate">First day customers were treated.</param>
/// <param name="EndDate">Last day customers were treated; null while the pilot runs.</param>
/// <param name="OutcomeWindowDays">Days after a customer's assignment over which outcomes are measured.</param>
/// <param name="PlannedSplit">Planned share of assigned customers in the pilot arm, between 0 and 1.</param>
/// <param name="FirstAssignedDate">The earliest assignment date; null when no customer is assigned.</param>
/// <param name="LastWindowEndDate">The latest end of an outcome window; null when no customer is assigned.</param>
public sealed record Pilot(
    string PilotId,
    string PilotName,
    string Owner,
    DateOnly StartDate,
    DateOnly? EndDate,
    int OutcomeWindowDays,
    double PlannedSplit,
    DateOnly? FirstAssignedDate,
    DateOnly? LastWindowEndDate)
{
    /// <summary>
    /// True when every outcome window lies outside <paramref name="first"/> to <paramref name="last"/> (both
    /// days counted): the pilot's results say nothing about those months. A window covers the days after its
    /// assignment date up to its end date. False when no customer is assigned, as there is nothing to place.
    /// </summary>
    public bool HasOutcomesOnlyOutside(DateOnly first, DateOnly last) =>
        FirstAssignedDate is { } assigned && LastWindowEndDate is { } windowEnd
            && (windowEnd < first || assigned.AddDays(1) > last);
}
