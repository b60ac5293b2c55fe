using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Generation;

/// <summary>
/// One row of an extract being written: a typed slot per contract column, in contract order. The
/// record is reused row after row; <see cref="Clear"/> empties every slot (an empty slot is a null).
/// </summary>
internal sealed class ExtractRecord
{
    private readonly Dictionary<string, int> _ordinals;

    public ExtractRecord(ExtractContract contract)
    {
        Contract = contract;
        Columns = contract.Columns;
        Types = contract.Columns.Select(c => c.ParsedType).ToArray();
        _ordinals = contract.Columns
            .Select((column, index) => (column.Name, index))
            .ToDictionary(pair => pair.Name, pair => pair.index, StringComparer.Ordinal);

        var width = Columns.Count;
        Texts = new string?[width];
        Numbers = new long[width];
        Decimals = new decimal[width];
        Dates = new DateOnly[width];
        Timestamps = new DateTime[width];
        Flags = new bool[width];
        HasValue = new bool[width];
    }

    public ExtractContract Contract { get; }

    public IReadOnlyList<ContractColumn> Columns { get; }

    public ColumnType[] Types { get; }

    public string?[] Texts { get; }

    public long[] Numbers { get; }

    public decimal[] Decimals { get; }

    public DateOnly[] Dates { get; }

    /// <summary>UTC date and time values, whole seconds.</summary>
    public DateTime[] Timestamps { get; }

    public bool[] Flags { get; }

    public bool[] HasValue { get; }

    /// <summary>Position of a column; throws when the contract has no such column.</summary>
    public int Ordinal(string column) =>
        _ordinals.TryGetValue(column, out var ordinal)
            ? ordinal
            : throw new InvalidOperationException(
                $"The generator writes column '{column}' but the '{Contract.Extract}' contract has none.");

    public void Clear() => Array.Clear(HasValue);

    public void SetText(int ordinal, string? value)
    {
        Expect(ordinal, ColumnKind.Varchar);
        Texts[ordinal] = value;
        HasValue[ordinal] = value is not null;
    }

    public void SetInteger(int ordinal, long? value)
    {
        Expect(ordinal, ColumnKind.Integer, ColumnKind.Bigint);
        Numbers[ordinal] = value.GetValueOrDefault();
        HasValue[ordinal] = value.HasValue;
    }

    public void SetDecimal(int ordinal, decimal? value)
    {
        Expect(ordinal, ColumnKind.Decimal);
        Decimals[ordinal] = value.GetValueOrDefault();
        HasValue[ordinal] = value.HasValue;
    }

    public void SetDate(int ordinal, DateOnly? value)
    {
        Expect(ordinal, ColumnKind.Date);
        Dates[ordinal] = value.GetValueOrDefault();
        HasValue[ordinal] = value.HasValue;
    }

    public void SetTimestamp(int ordinal, DateTime? value)
    {
        Expect(ordinal, ColumnKind.Timestamp);
        Timestamps[ordinal] = value.GetValueOrDefault();
        HasValue[ordinal] = value.HasValue;
    }

    public void SetBoolean(int ordinal, bool? value)
    {
        Expect(ordinal, ColumnKind.Boolean);
        Flags[ordinal] = value.GetValueOrDefault();
        HasValue[ordinal] = value.HasValue;
    }

    private void Expect(int ordinal, ColumnKind kind, ColumnKind? alternative = null)
    {
        var actual = Types[ordinal].Kind;
        if (actual != kind && actual != alternative)
        {
            throw new InvalidOperationException(
                $"The generator writes a {kind} value into column '{Columns[ordinal].Name}' of the "
                + $"'{Contract.Extract}' contract, which declares {Columns[ordinal].Type}.");
        }
    }
}
