using Warehouse.Etl;
using Warehouse.Reports.Layout;

namespace Warehouse.Cli;

/// <summary>The <c>--paper</c> option of the report commands: <c>a4</c> or <c>letter</c>, in any case.</summary>
internal static class PaperText
{
    public const string Values = "a4|letter";

    /// <summary>The paper <paramref name="text"/> names, or a usage error naming <paramref name="option"/>.</summary>
    public static PaperSize Parse(string text, string option) => text.Trim().ToUpperInvariant() switch
    {
        "A4" => PaperSize.A4,
        "LETTER" => PaperSize.Letter,
        _ => throw new WarehouseException(
            $"{option} must be a4 or letter; it is '{text}'.", ExitCode.Usage),
    };
}
