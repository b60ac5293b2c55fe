namespace Warehouse.Etl.Lift;

/// <summary>The names the marts use for <see cref="MetricKind"/> values.</summary>
public static class MetricKinds
{
    /// <summary>The stored name: <c>rate</c>, <c>mean</c> or <c>nps</c>.</summary>
    public static string ToName(this MetricKind kind) => kind switch
    {
        MetricKind.Rate => "rate",
        MetricKind.Mean => "mean",
        MetricKind.Nps => "nps",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown metric kind."),
    };

    /// <summary>
    /// Reads a stored name: <c>rate</c>, <c>mean</c> or <c>nps</c>, ignoring case and blanks. <c>count</c> and
    /// <c>ratio</c> read as <see cref="MetricKind.Mean"/>: a count is compared as a mean per customer, and a
    /// ratio, until the delta method lands, by its numerator per customer.
    /// </summary>
    /// <returns><see langword="false"/> for anything else, including <see langword="null"/>.</returns>
    public static bool TryParse(string? name, out MetricKind kind)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "rate":
                kind = MetricKind.Rate;
                return true;
            // TODO(pilot-lift): a ratio needs the delta method over its numerator and denominator sums, which
            // the estimators of the lift issue bring; until then it reads as the mean of its numerator.
            case "mean" or "count" or "ratio":
                kind = MetricKind.Mean;
                return true;
            case "nps":
                kind = MetricKind.Nps;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    /// <summary>Reads a stored name, or throws a <see cref="WarehouseException"/> naming the accepted ones.</summary>
    public static MetricKind Parse(string? name) =>
        TryParse(name, out var kind)
            ? kind
            : throw new WarehouseException(
                $"Unknown metric kind '{name}'. A pilot metric's kind is one of: rate, mean, nps.",
                ExitCode.BuildFailed);
}
