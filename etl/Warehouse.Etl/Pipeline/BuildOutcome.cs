using Warehouse.Etl.Build;
using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Pipeline;

/// <summary>What a build produced: the models and data tests run, and the pilot lift estimated.</summary>
public sealed record BuildOutcome(BuildReport Report, IReadOnlyList<LiftEstimate> Lift);
