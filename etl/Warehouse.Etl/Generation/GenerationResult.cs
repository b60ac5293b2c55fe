namespace Warehouse.Etl.Generation;

/// <summary>What <see cref="PortfolioGenerator.Generate"/> wrote and the truth it planted.</summary>
/// <param name="Extracts">One file per extract, in load order.</param>
/// <param name="TruthPath">Path of <c>truth.json</c>.</param>
/// <param name="Truth">The options, the command that regenerates the files, and the planted pilot effects.</param>
public sealed record GenerationResult(IReadOnlyList<GeneratedExtract> Extracts, string TruthPath, PlantedTruth Truth);
