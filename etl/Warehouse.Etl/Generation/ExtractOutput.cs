using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Generation;

/// <summary>One extract being generated: its contract, the reusable row, the contract check, the file writer.</summary>
internal sealed class ExtractOutput : IDisposable
{
    private readonly ContractConformance _conformance;
    private readonly IExtractWriter _writer;

    public ExtractOutput(
        ExtractContract contract, string folder, GeneratorFormat format, CancellationToken cancellation)
    {
        Contract = contract;
        Record = new ExtractRecord(contract);
        _conformance = new ContractConformance(contract);
        var extension = format == GeneratorFormat.Parquet ? "parquet" : "csv";
        var path = Path.Combine(folder, $"{contract.Extract}.{extension}");
        _writer = format == GeneratorFormat.Parquet
            ? new ParquetExtractWriter(contract, path, cancellation)
            : new CsvExtractWriter(contract, path);
    }

    public ExtractContract Contract { get; }

    public ExtractRecord Record { get; }

    /// <summary>Empties the row and hands it out to be filled.</summary>
    public ExtractRecord Begin()
    {
        Record.Clear();
        return Record;
    }

    /// <summary>Checks the filled row against the contract and writes it.</summary>
    public void Commit()
    {
        _conformance.Ensure(Record);
        _writer.Write(Record);
    }

    public GeneratedExtract Complete()
    {
        _writer.Complete();
        return new GeneratedExtract(Contract.Extract, _writer.Path, _writer.Rows);
    }

    public void Dispose() => _writer.Dispose();
}
