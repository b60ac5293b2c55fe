namespace Warehouse.Etl.Generation;

/// <summary>One file the generator wrote.</summary>
/// <param name="Extract">Extract name, as in the contracts: <c>customers</c>, <c>risk</c>, ...</param>
/// <param name="Path">Path of the file, under the output folder as given.</param>
/// <param name="Rows">Data rows in the file (the CSV header not counted).</param>
public sealed record GeneratedExtract(string Extract, string Path, long Rows);
