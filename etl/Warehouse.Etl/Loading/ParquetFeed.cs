using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Loading;

/// <summary>A Parquet column whose values reach a contract column.</summary>
/// <param name="Source">The file's column.</param>
/// <param name="Target">The contract column it reaches.</param>
/// <param name="IsCopied">
/// True when the values arrive as they are (a direct load, or a mapping expression that only names the
/// column); false when a mapping computes the contract value from them.
/// </param>
internal sealed record ParquetFeed(ParquetColumn Source, ContractColumn Target, bool IsCopied);
