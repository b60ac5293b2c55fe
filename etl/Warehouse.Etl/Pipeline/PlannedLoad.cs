namespace Warehouse.Etl.Pipeline;

/// <summary>One file of a <see cref="LoadPlan"/>: the extract it is, and the mapping that reads it, if any.</summary>
public sealed record PlannedLoad(string Extract, string File, string? Mapping);
