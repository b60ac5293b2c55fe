using System.Globalization;

namespace Warehouse.Etl;

/// <summary>Months as the command line writes them: <c>yyyy-MM</c>.</summary>
public static class MonthText
{
    /// <summary>
    /// The first day of the month <paramref name="text"/> names, or a usage error naming
    /// <paramref name="option"/> and the value it was given.
    /// </summary>
    public static DateOnly Parse(string text, string option) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month
            : throw new WarehouseException(
                $"{option} must be a month written yyyy-MM, for example 2026-10; it is '{text}'.", ExitCode.Usage);
}
