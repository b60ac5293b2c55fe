namespace Warehouse.Etl.Tests.Lift;

/// <summary>The simulation study's outcomes, computed once for the test class that checks them.</summary>
public sealed class LiftSimulationResults
{
    public LiftSimulationResults()
    {
        Outcomes = LiftSimulation.Kinds.AsParallel().AsOrdered().Select(LiftSimulation.Run).ToList();
    }

    internal IReadOnlyList<SimulationOutcome> Outcomes { get; }

    internal SimulationOutcome Of(string kind) => Outcomes.Single(o => o.Kind == kind);
}
