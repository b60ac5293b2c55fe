namespace Warehouse.Etl.Generation;

/// <summary>Writes the pilot to the <c>pilots</c> extract and its assignments to <c>assignments</c>.</summary>
internal sealed class PilotRows(ExtractOutput pilots, ExtractOutput assignments)
{
    private readonly int _pilotId = pilots.Record.Ordinal("pilot_id");
    private readonly int _name = pilots.Record.Ordinal("name");
    private readonly int _owner = pilots.Record.Ordinal("owner");
    private readonly int _startDate = pilots.Record.Ordinal("start_date");
    private readonly int _endDate = pilots.Record.Ordinal("end_date");
    private readonly int _outcomeWindowDays = pilots.Record.Ordinal("outcome_window_days");
    private readonly int _plannedSplit = pilots.Record.Ordinal("planned_split");
    private readonly int _metrics = pilots.Record.Ordinal("metrics");

    private readonly int _assignedPilotId = assignments.Record.Ordinal("pilot_id");
    private readonly int _customerId = assignments.Record.Ordinal("customer_id");
    private readonly int _arm = assignments.Record.Ordinal("arm");
    private readonly int _assignedDate = assignments.Record.Ordinal("assigned_date");

    public void WritePilot(PilotDesign design)
    {
        var row = pilots.Begin();
        row.SetText(_pilotId, PilotDesign.PilotId);
        row.SetText(_name, PilotDesign.Name);
        row.SetText(_owner, PilotDesign.Owner);
        row.SetDate(_startDate, design.StartDate);
        row.SetDate(_endDate, design.EndDate);
        row.SetInteger(_outcomeWindowDays, PilotDesign.OutcomeWindowDays);
        row.SetDecimal(_plannedSplit, PilotDesign.PlannedSplit);
        row.SetText(_metrics, PilotDesign.MetricList);
        pilots.Commit();
    }

    public void WriteAssignment(PilotEnrolment enrolment, string customerId)
    {
        var row = assignments.Begin();
        row.SetText(_assignedPilotId, PilotDesign.PilotId);
        row.SetText(_customerId, customerId);
        row.SetText(_arm, enrolment.Arm);
        row.SetDate(_assignedDate, enrolment.AssignedDate);
        assignments.Commit();
    }
}
