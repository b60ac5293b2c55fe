namespace Warehouse.Etl.Generation;

/// <summary>What a generated portfolio is known to contain; written to <c>truth.json</c> beside the extracts.</summary>
/// <param name="Options">The options the files were generated with.</param>
/// <param name="Command">The command that regenerates the files, run in the folder that holds them.</param>
/// <param name="Pilots">Each pilot with the effects planted in it.</param>
public sealed record PlantedTruth(GeneratorOptions Options, string Command, IReadOnlyList<PlantedPilot> Pilots);
