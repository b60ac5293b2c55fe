using Warehouse.Etl.Build;
using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Pipeline;

/// <summary>
/// What a build produced: the models and data tests run, the pilot lift estimated and judged, and the path of the
/// copy published for analysts (<see langword="null"/> for an in-memory warehouse, which has none).
/// </summary>
public sealed record BuildOutcome(BuildReport Report, LiftReport Lift, string? PublishedPath);
