namespace Warehouse.Etl.Loading;

/// <summary>One value that broke its contract: where it was and which rule it broke.</summary>
public sealed record RejectedValue(string File, long? Line, string? Column, string? Value, string Rule)
{
    public override string ToString() =>
        $"{File}, line {Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}, "
        + $"column {Column ?? "-"}, value {(Value is null ? "(empty)" : $"'{Value}'")}: {Rule}";
}
