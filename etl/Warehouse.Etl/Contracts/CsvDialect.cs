namespace Warehouse.Etl.Contracts;

/// <summary>How a delimited file is written. Declared per contract or per mapping, never guessed.</summary>
public sealed record CsvDialect
{
    public string Delimiter { get; init; } = ",";

    public string Quote { get; init; } = "\"";

    public string Escape { get; init; } = "\"";

    /// <summary>Rows before the data; the last of them holds the column names.</summary>
    public int HeaderRows { get; init; } = 1;

    /// <summary>Text that stands for a missing value besides the empty field.</summary>
    public IReadOnlyList<string> NullMarkers { get; init; } = [];

    /// <summary>strptime format of date columns.</summary>
    public string DateFormat { get; init; } = "%Y-%m-%d";
}
