using Parquet;
using Parquet.Schema;
using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Generation;

/// <summary>
/// Writes an extract as a Parquet file whose schema comes from the contract: varchar as string,
/// integer as int32, bigint as int64, boolean, date, timestamp as an INT64 microsecond timestamp adjusted
/// to UTC, and decimal with the contract's precision and scale. Every column is optional, as in the
/// contract's files. Rows are buffered per column and written one row group at a time.
/// </summary>
/// <remarks>
/// Implementation note: Parquet.Net only offers asynchronous writes. Generation is CPU-bound and runs
/// without a synchronisation context (command line, tests), so the writer waits on them in place.
/// </remarks>
internal sealed class ParquetExtractWriter : IExtractWriter
{
    private const int RowGroupRows = 65_536;

    private readonly PartialFile _file;
    private readonly FileStream _stream;
    private readonly ParquetWriter _writer;
    private readonly DataField[] _fields;
    private readonly ColumnKind[] _kinds;
    private readonly Array[] _buffers;
    private readonly CancellationToken _cancellation;
    private int _buffered;

    public ParquetExtractWriter(ExtractContract contract, string path, CancellationToken cancellation)
    {
        _file = new PartialFile(path);
        _cancellation = cancellation;
        _fields = contract.Columns.Select(c => Field(c.Name, c.ParsedType)).ToArray();
        _kinds = contract.Columns.Select(c => c.ParsedType.Kind).ToArray();
        _buffers = _kinds.Select(NewBuffer).ToArray();

        _stream = new FileStream(_file.PartialPath, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        try
        {
            _writer = ParquetWriter
                .CreateAsync(new ParquetSchema(_fields), _stream, cancellationToken: cancellation)
                .GetAwaiter()
                .GetResult();
        }
        catch
        {
            _stream.Dispose();
            File.Delete(_file.PartialPath);
            throw;
        }
    }

    public string Path => _file.Path;

    public long Rows { get; private set; }

    public void Write(ExtractRecord record)
    {
        for (var i = 0; i < _kinds.Length; i++)
        {
            var present = record.HasValue[i];
            switch (_kinds[i])
            {
                case ColumnKind.Varchar:
                    ((string?[])_buffers[i])[_buffered] = present ? record.Texts[i] : null;
                    break;
                case ColumnKind.Integer:
                    ((int?[])_buffers[i])[_buffered] = present ? checked((int)record.Numbers[i]) : null;
                    break;
                case ColumnKind.Bigint:
                    ((long?[])_buffers[i])[_buffered] = present ? record.Numbers[i] : null;
                    break;
                case ColumnKind.Boolean:
                    ((bool?[])_buffers[i])[_buffered] = present ? record.Flags[i] : null;
                    break;
                case ColumnKind.Date:
                    ((DateOnly?[])_buffers[i])[_buffered] = present ? record.Dates[i] : null;
                    break;
                case ColumnKind.Timestamp:
                    ((DateTime?[])_buffers[i])[_buffered] = present ? record.Timestamps[i] : null;
                    break;
                case ColumnKind.Decimal:
                    ((decimal?[])_buffers[i])[_buffered] = present ? record.Decimals[i] : null;
                    break;
                default:
                    throw new InvalidOperationException($"Unknown column kind {_kinds[i]}.");
            }
        }

        _buffered++;
        Rows++;
        if (_buffered == RowGroupRows)
        {
            FlushRowGroup();
        }
    }

    public void Complete()
    {
        if (_buffered > 0)
        {
            FlushRowGroup();
        }

        Close();
        _file.MoveIntoPlace();
    }

    public void Dispose() => _file.Abandon(Close);

    /// <summary>Writes the footer and closes the file; the stream is closed even when the footer fails.</summary>
    private void Close()
    {
        try
        {
            _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        finally
        {
            _stream.Dispose();
        }
    }

    private void FlushRowGroup()
    {
        using var rowGroup = _writer.CreateRowGroup();
        for (var i = 0; i < _fields.Length; i++)
        {
            WriteColumn(rowGroup, i).GetAwaiter().GetResult();
        }

        rowGroup.CompleteValidate();
        _buffered = 0;
    }

    private Task WriteColumn(ParquetRowGroupWriter rowGroup, int i)
    {
        var field = _fields[i];
        var rows = _buffered;
        var token = _cancellation;
        return _kinds[i] switch
        {
            ColumnKind.Varchar => rowGroup.WriteAsync(field, new ArraySegment<string>((string[])_buffers[i], 0, rows)),
            ColumnKind.Integer => rowGroup.WriteAsync(field, Slice<int>(i, rows), cancellationToken: token),
            ColumnKind.Bigint => rowGroup.WriteAsync(field, Slice<long>(i, rows), cancellationToken: token),
            ColumnKind.Boolean => rowGroup.WriteAsync(field, Slice<bool>(i, rows), cancellationToken: token),
            ColumnKind.Date => rowGroup.WriteAsync(field, Slice<DateOnly>(i, rows), cancellationToken: token),
            ColumnKind.Timestamp => rowGroup.WriteAsync(field, Slice<DateTime>(i, rows), cancellationToken: token),
            ColumnKind.Decimal => rowGroup.WriteAsync(field, Slice<decimal>(i, rows), cancellationToken: token),
            _ => throw new InvalidOperationException($"Unknown column kind {_kinds[i]}."),
        };
    }

    private ReadOnlyMemory<T?> Slice<T>(int column, int rows)
        where T : struct =>
        new((T?[])_buffers[column], 0, rows);

    private static DataField Field(string name, ColumnType type) => type.Kind switch
    {
        ColumnKind.Varchar => new DataField<string>(name, nullable: true),
        ColumnKind.Integer => new DataField<int?>(name),
        ColumnKind.Bigint => new DataField<long?>(name),
        ColumnKind.Boolean => new DataField<bool?>(name),
        ColumnKind.Date => new DataField<DateOnly?>(name),
        ColumnKind.Timestamp => new DateTimeDataField(
            name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros, isNullable: true),
        ColumnKind.Decimal => new DecimalDataField(name, type.Precision, type.Scale, isNullable: true),
        _ => throw new InvalidOperationException($"Unknown column kind {type.Kind}."),
    };

    private static Array NewBuffer(ColumnKind kind) => kind switch
    {
        ColumnKind.Varchar => new string?[RowGroupRows],
        ColumnKind.Integer => new int?[RowGroupRows],
        ColumnKind.Bigint => new long?[RowGroupRows],
        ColumnKind.Boolean => new bool?[RowGroupRows],
        ColumnKind.Date => new DateOnly?[RowGroupRows],
        ColumnKind.Timestamp => new DateTime?[RowGroupRows],
        ColumnKind.Decimal => new decimal?[RowGroupRows],
        _ => throw new InvalidOperationException($"Unknown column kind {kind}."),
    };
}
