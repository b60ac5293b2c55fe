using System.Globalization;
using System.Text.RegularExpressions;
using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Generation;

/// <summary>
/// Checks each generated row against its contract before it is written: required values present,
/// allowed values, minimum and maximum, pattern, decimal scale and precision. A refusal is a defect of
/// the generator, so it throws instead of collecting rejects.
/// </summary>
internal sealed class ContractConformance
{
    private readonly ExtractContract _contract;
    private readonly HashSet<string>?[] _allowed;
    private readonly Regex?[] _patterns;
    private readonly decimal[] _decimalBounds;

    public ContractConformance(ExtractContract contract)
    {
        _contract = contract;
        _allowed = contract.Columns
            .Select(c => c.Allowed is null ? null : new HashSet<string>(c.Allowed, StringComparer.Ordinal))
            .ToArray();
        _patterns = contract.Columns
            .Select(c => c.Pattern is null ? null : new Regex(c.Pattern, RegexOptions.CultureInvariant))
            .ToArray();
        _decimalBounds = contract.Columns
            .Select(c => c.ParsedType is { Kind: ColumnKind.Decimal } type
                ? Pow10(type.Precision - type.Scale)
                : 0m)
            .ToArray();
    }

    /// <summary>
    /// Throws an <see cref="InvalidOperationException"/> naming the column and value that break the contract.
    /// </summary>
    public void Ensure(ExtractRecord record)
    {
        for (var i = 0; i < record.Columns.Count; i++)
        {
            var column = record.Columns[i];
            if (!record.HasValue[i])
            {
                if (column.Required)
                {
                    Refuse(column, "(null)", "a value is required");
                }

                continue;
            }

            switch (record.Types[i].Kind)
            {
                case ColumnKind.Varchar:
                    EnsureText(i, column, record.Texts[i]!);
                    break;
                case ColumnKind.Integer:
                    EnsureInteger(column, record.Numbers[i], int.MinValue, int.MaxValue);
                    break;
                case ColumnKind.Bigint:
                    EnsureInteger(column, record.Numbers[i], long.MinValue, long.MaxValue);
                    break;
                case ColumnKind.Decimal:
                    EnsureDecimal(i, column, record.Types[i], record.Decimals[i]);
                    break;
                case ColumnKind.Timestamp:
                    EnsureTimestamp(column, record.Timestamps[i]);
                    break;
                case ColumnKind.Boolean:
                case ColumnKind.Date:
                    break;
                default:
                    throw new InvalidOperationException($"Unknown column kind {record.Types[i].Kind}.");
            }
        }
    }

    private void EnsureText(int ordinal, ContractColumn column, string value)
    {
        if (value.Length == 0)
        {
            Refuse(column, "(empty)", "an empty text reads back as null; leave the value unset instead");
        }

        if (_allowed[ordinal] is { } allowed && !allowed.Contains(value))
        {
            Refuse(column, value, $"not one of {string.Join(", ", column.Allowed!)}");
        }

        if (_patterns[ordinal] is { } pattern && !pattern.IsMatch(value))
        {
            Refuse(column, value, $"does not match {column.Pattern}");
        }
    }

    private void EnsureInteger(ContractColumn column, long value, long lowest, long highest)
    {
        if (value < lowest || value > highest)
        {
            Refuse(column, value.ToString(CultureInfo.InvariantCulture), $"outside {column.Type}");
        }

        EnsureRange(column, value);
    }

    private void EnsureDecimal(int ordinal, ContractColumn column, ColumnType type, decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (decimal.Round(value, type.Scale) != value)
        {
            Refuse(column, text, $"has more than {type.Scale} decimal places");
        }

        if (Math.Abs(value) >= _decimalBounds[ordinal])
        {
            Refuse(column, text, $"does not fit {column.Type}");
        }

        EnsureRange(column, value);
    }

    private void EnsureTimestamp(ContractColumn column, DateTime value)
    {
        if (value.Kind != DateTimeKind.Utc || value.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            Refuse(column, value.ToString("O", CultureInfo.InvariantCulture), "must be UTC in whole seconds");
        }
    }

    private void EnsureRange(ContractColumn column, decimal value)
    {
        if (value < column.Min || value > column.Max)
        {
            Refuse(
                column,
                value.ToString(CultureInfo.InvariantCulture),
                $"outside [{column.Min?.ToString(CultureInfo.InvariantCulture) ?? "-"}, "
                + $"{column.Max?.ToString(CultureInfo.InvariantCulture) ?? "-"}]");
        }
    }

    private void Refuse(ContractColumn column, string value, string rule) =>
        throw new InvalidOperationException(
            $"The generator made a '{_contract.Extract}' row that breaks its contract: column "
            + $"'{column.Name}' value '{value}' {rule}.");

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
