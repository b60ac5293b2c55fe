namespace Warehouse.Etl.Generation;

/// <summary>
/// Writes a pilot to the <c>pilots</c> extract, its goals to <c>pilot_goals</c> and its assignments to
/// <c>assignments</c>.
/// </summary>
internal sealed class PilotRows(ExtractOutput pilots, ExtractOutput goals, ExtractOutput assignments)
{
    private readonly int _pilotId = pilots.Record.Ordinal("pilot_id");
    private readonly int _name = pilots.Record.Ordinal("name");
    private readonly int _owner = pilots.Record.Ordinal("owner");
    private readonly int _startDate = pilots.Record.Ordinal("start_date");
    private readonly int _endDate = pilots.Record.Ordinal("end_date");
    private readonly int _outcomeWindowDays = pilots.Record.Ordinal("outcome_window_days");
    private readonly int _plannedSplit = pilots.Record.Ordinal("planned_split");
    private readonly int _design = pilots.Record.Ordinal("design");
    private readonly int _plannedCustomers = pilots.Record.Ordinal("planned_customers");

    private readonly int _goalPilotId = goals.Record.Ordinal("pilot_id");
    private readonly int _metric = goals.Record.Ordinal("metric");
    private readonly int _role = goals.Record.Ordinal("role");
    private readonly int _direction = goals.Record.Ordinal("direction");
    private readonly int _margin = goals.Record.Ordinal("margin");
    private readonly int _position = goals.Record.Ordinal("position");

    private readonly int _assignedPilotId = assignments.Record.Ordinal("pilot_id");
    private readonly int _customerId = assignments.Record.Ordinal("customer_id");
    private readonly int _arm = assignments.Record.Ordinal("arm");
    private readonly int _assignedDate = assignments.Record.Ordinal("assigned_date");

    public void WritePilot(PilotDesign design)
    {
        var row = pilots.Begin();
        row.SetText(_pilotId, design.PilotId);
        row.SetText(_name, design.Name);
        row.SetText(_owner, design.Owner);
        row.SetDate(_startDate, design.StartDate);
        row.SetDate(_endDate, design.EndDate);
        row.SetInteger(_outcomeWindowDays, design.OutcomeWindowDays);
        row.SetDecimal(_plannedSplit, design.PlannedSplit);
        row.SetText(_design, design.Design);
        row.SetInteger(_plannedCustomers, design.PlannedCustomers);
        pilots.Commit();

        for (var index = 0; index < design.Goals.Count; index++)
        {
            var goal = design.Goals[index];
            var goalRow = goals.Begin();
            goalRow.SetText(_goalPilotId, design.PilotId);
            goalRow.SetText(_metric, goal.Metric);
            goalRow.SetText(_role, goal.Role);
            goalRow.SetText(_direction, goal.Direction);
            goalRow.SetDecimal(_margin, goal.Margin);
            goalRow.SetInteger(_position, index + 1);
            goals.Commit();
        }
    }

    public void WriteAssignment(PilotEnrolment enrolment, string customerId)
    {
        var row = assignments.Begin();
        row.SetText(_assignedPilotId, enrolment.Pilot.PilotId);
        row.SetText(_customerId, customerId);
        row.SetText(_arm, enrolment.Arm);
        row.SetDate(_assignedDate, enrolment.AssignedDate);
        assignments.Commit();
    }
}
