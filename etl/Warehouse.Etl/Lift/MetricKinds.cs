namespace Warehouse.Etl.Lift;

/// <summary>The names the marts use for <see cref="MetricKind"/> values.</summary>
public static class MetricKinds
{
    private const string Accepted = "rate, mean, count, nps, ratio";

    /// <summary>The stored name: <c>rate</c>, <c>mean</c>, <c>count</c>, <c>nps</c> or <c>ratio</c>.</summary>
    public static string ToName(this MetricKind kind) => kind switch
    {
        MetricKind.Rate => "rate",
        MetricKind.Mean => "mean",
        MetricKind.Count => "count",
        MetricKind.Nps => "nps",
        MetricKind.Ratio => "ratio",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown metric kind."),
    };

    /// <summary>Reads a stored name (see <see cref="ToName"/>), ignoring case and blanks.</summary>
    /// <returns><see langword="false"/> for anything else, including <see langword="null"/>.</returns>
    public static bool TryParse(string? name, out MetricKind kind)
    {
        foreach (var candidate in Enum.GetValues<MetricKind>())
        {
            if (string.Equals(name?.Trim(), candidate.ToName(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>Reads a stored name, or throws a <see cref="WarehouseException"/> naming the accepted ones.</summary>
    public static MetricKind Parse(string? name) =>
        TryParse(name, out var kind)
            ? kind
            : throw new WarehouseException(
                $"Unknown metric kind '{name}'. A pilot metric's kind is one of: {Accepted}.",
                ExitCode.BuildFailed);
}
