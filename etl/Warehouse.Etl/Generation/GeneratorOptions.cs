using System.Globalization;

namespace Warehouse.Etl.Generation;

/// <summary>
/// What <see cref="PortfolioGenerator"/> generates. The same options always give byte-identical files,
/// which is why the last month is an option with a fixed default rather than today's date.
/// </summary>
public sealed record GeneratorOptions
{
    public const int DefaultCustomers = 5_000;

    public const int DefaultMonths = 24;

    public const int DefaultSeed = 42;

    /// <summary>Fewest months accepted: the pilot needs history before it and its outcome window after it.</summary>
    public const int MinimumMonths = 8;

    public const int MaximumMonths = 600;

    public const int MaximumCustomers = 10_000_000;

    /// <summary>The default last month, October 2026.</summary>
    public static DateOnly DefaultLastMonth { get; } = new(2026, 10, 31);

    /// <summary>Customers in the portfolio, 1 to <see cref="MaximumCustomers"/>.</summary>
    public int Customers { get; init; } = DefaultCustomers;

    /// <summary>Month ends covered, <see cref="MinimumMonths"/> to <see cref="MaximumMonths"/>.</summary>
    public int Months { get; init; } = DefaultMonths;

    /// <summary>Seed of the one random number generator every value comes from.</summary>
    public int Seed { get; init; } = DefaultSeed;

    public GeneratorFormat Format { get; init; } = GeneratorFormat.Csv;

    /// <summary>Any day of the last month covered; only its year and month count.</summary>
    public DateOnly LastMonth { get; init; } = DefaultLastMonth;

    /// <summary>The last day of <see cref="LastMonth"/>: the newest <c>month_date</c> in the extracts.</summary>
    public DateOnly LastMonthEnd =>
        new(LastMonth.Year, LastMonth.Month, DateTime.DaysInMonth(LastMonth.Year, LastMonth.Month));

    /// <summary>The file extension of <see cref="Format"/>, without the dot.</summary>
    public string FileExtension => Format == GeneratorFormat.Parquet ? "parquet" : "csv";

    /// <summary>
    /// Throws a <see cref="WarehouseException"/> with <see cref="ExitCode.Usage"/> naming the option out of range.
    /// </summary>
    public void Validate()
    {
        if (Customers is < 1 or > MaximumCustomers)
        {
            throw Usage($"--customers must be between 1 and {MaximumCustomers:N0}; it is {Customers}.");
        }

        if (Months is < MinimumMonths or > MaximumMonths)
        {
            throw Usage(
                $"--months must be between {MinimumMonths} and {MaximumMonths} (the pilot needs history before "
                + $"it and a full outcome window after it); it is {Months}.");
        }

        if (LastMonth.AddMonths(-(Months - 1)).Year < 1950)
        {
            throw Usage($"--last-month {FormatMonth(LastMonth)} with --months {Months} starts before 1950.");
        }

        if (!Enum.IsDefined(Format))
        {
            throw Usage($"--format must be csv or parquet; it is {Format}.");
        }
    }

    /// <summary>
    /// The command line that regenerates these files when run in the folder holding them. The last month
    /// is named only when it differs from the default.
    /// </summary>
    public string ToCommand()
    {
        var command = string.Create(
            CultureInfo.InvariantCulture,
            $"warehouse generate --out . --customers {Customers} --months {Months} --seed {Seed} "
            + $"--format {FormatName(Format)}");
        return LastMonthEnd == DefaultLastMonth ? command : $"{command} --last-month {FormatMonth(LastMonth)}";
    }

    /// <summary>Parses <c>csv</c> or <c>parquet</c> (any case); throws a usage error otherwise.</summary>
    public static GeneratorFormat ParseFormat(string text) =>
        text.Trim().ToLowerInvariant() switch
        {
            "csv" => GeneratorFormat.Csv,
            "parquet" => GeneratorFormat.Parquet,
            _ => throw Usage($"--format must be csv or parquet; it is '{text}'."),
        };

    /// <summary>Parses a month written <c>yyyy-MM</c>, such as <c>2026-10</c>; else throws a usage error.</summary>
    public static DateOnly ParseMonth(string text) => MonthText.Parse(text, "--last-month");

    /// <summary>The lowercase name of a format as the command line spells it.</summary>
    public static string FormatName(GeneratorFormat format) => format == GeneratorFormat.Parquet ? "parquet" : "csv";

    /// <summary>A month as <c>yyyy-MM</c>.</summary>
    public static string FormatMonth(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static WarehouseException Usage(string message) => new(message, ExitCode.Usage);
}
