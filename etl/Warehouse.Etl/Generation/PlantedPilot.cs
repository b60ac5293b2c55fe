namespace Warehouse.Etl.Generation;

/// <summary>A generated pilot: who was assigned, how the treatment was planted, and its true effects.</summary>
/// <param name="PilotId">The pilot's <c>pilot_id</c>.</param>
/// <param name="Design">
/// <c>randomised</c>, whose true effects are averages over every assigned customer, or <c>observational</c>,
/// whose arms were chosen and whose true effects are the effects on the pilot arm.
/// </param>
/// <param name="AssignedCustomers">Customers assigned to either arm.</param>
/// <param name="PilotCustomers">Customers assigned to the pilot arm.</param>
/// <param name="ControlCustomers">Customers assigned to the control arm.</param>
/// <param name="PlannedSplit">Planned share of assigned customers in the pilot arm.</param>
/// <param name="PlannedCustomers">Planned number of assigned customers, as the pilots extract declares it.</param>
/// <param name="OutcomeWindowDays">Days after the assignment date during which outcomes count.</param>
/// <param name="RollProbabilityMultiplier">
/// Factor the treatment applies, at month ends inside the window, to an account's probability of rolling
/// from current to 1-29 and from 1-29 to 30-59 days past due (1: no effect).
/// </param>
/// <param name="DigitalActivityMultiplier">
/// Factor the treatment applies to the daily rate of digital actions in the window (1: no effect).
/// </param>
/// <param name="SatisfactionShift">
/// Points the treatment adds to the latent satisfaction behind survey scores in the window (0: no effect).
/// </param>
/// <param name="Effects">One entry per goal metric of the pilot, primary first.</param>
public sealed record PlantedPilot(
    string PilotId,
    string Design,
    int AssignedCustomers,
    int PilotCustomers,
    int ControlCustomers,
    decimal PlannedSplit,
    int PlannedCustomers,
    int OutcomeWindowDays,
    double RollProbabilityMultiplier,
    double DigitalActivityMultiplier,
    double SatisfactionShift,
    IReadOnlyList<PlantedEffect> Effects);
