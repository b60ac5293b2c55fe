namespace Warehouse.Reports.Monthly;

/// <summary>
/// The executive summary: plain sentences written from the KPI tiles by fixed rules, so that no sentence says
/// more than the figures do. A change the tile's noise rule calls within noise reads "steady", never "up" or
/// "down"; a change beyond noise reads "up" or "down" with its size and whether that is better or worse; a
/// change the rule could not judge says so; a missing figure says why.
/// </summary>
internal static class ExecutiveSummary
{
    /// <summary>The KPIs that get a sentence of their own, in order, with the subject opening the sentence.</summary>
    private static readonly (string Label, string Subject)[] Subjects =
    [
        ("30+ days past due", "The 30+ days past due rate"),
        ("30+ by balance", "The balance-weighted 30+ rate"),
        ("Cure rate", "The cure rate"),
        ("Engagement rate", "The engagement rate"),
        ("Promises kept", "The promise-kept rate"),
        ("NPS", "NPS"),
    ];

    /// <summary>The overview, then one sentence per KPI of <see cref="Subjects"/> present in the tiles.</summary>
    public static IReadOnlyList<string> Sentences(IReadOnlyList<KpiTile> tiles, DateOnly month)
    {
        var sentences = new List<string> { Overview(tiles, month) };
        foreach (var (label, subject) in Subjects)
        {
            if (tiles.FirstOrDefault(t => t.Label == label) is { } tile)
            {
                sentences.Add(KpiSentence(tile, subject, month));
            }
        }

        return sentences;
    }

    /// <summary>
    /// How many of the rates that can be compared with last month moved beyond noise, naming each with its change;
    /// counts are left out, since their change is exact and says nothing of noise.
    /// </summary>
    public static string Overview(IReadOnlyList<KpiTile> tiles, DateOnly month)
    {
        var previous = FigureFormat.Month(month.AddMonths(-1));
        var judged = tiles
            .Where(t => t.MonthOnMonth is { Signal: ChangeSignal.WithinNoise or ChangeSignal.BeyondNoise })
            .ToList();
        if (judged.Count == 0)
        {
            return $"No headline rate can be compared with {previous}: none has a figure in both months.";
        }

        var moved = judged.Where(t => t.MonthOnMonth!.Signal == ChangeSignal.BeyondNoise).ToList();
        if (moved.Count == 0)
        {
            return $"No headline rate moved beyond month-to-month noise since {previous} ({judged.Count} compared).";
        }

        var items = moved
            .Select(t => $"{InSentence(t.Label)} {Movement(t, t.MonthOnMonth!)}{Judgement(t, t.MonthOnMonth!)}")
            .ToList();
        return $"{moved.Count} of {judged.Count} headline rates moved beyond month-to-month noise since {previous}: "
            + $"{JoinedWithAnd(items)}.";
    }

    /// <summary>
    /// "{Subject} was {value} in {month}: {against last month} and {against a year before}." NPS carries its 95%
    /// interval after the value.
    /// </summary>
    public static string KpiSentence(KpiTile tile, string subject, DateOnly month)
    {
        var monthName = FigureFormat.Month(month);
        if (tile.ThisMonth is null)
        {
            return $"{subject} has no figure for {monthName}: {tile.WhyThisMonthMissing ?? "no data"}.";
        }

        var interval = tile.Interval is { } i
            ? $" (95% interval {KpiTileFormat.Value(tile.Unit, i.Low)} to {KpiTileFormat.Value(tile.Unit, i.High)})"
            : "";
        var lastMonth = Comparison(tile, tile.MonthOnMonth, tile.WhyLastMonthMissing, month.AddMonths(-1));
        var yearAgo = Comparison(tile, tile.YearOnYear, tile.WhyYearAgoMissing, month.AddMonths(-12));
        return $"{subject} was {KpiTileFormat.Value(tile.Unit, tile.ThisMonth)} in {monthName}{interval}: "
            + $"{lastMonth} and {yearAgo}.";
    }

    /// <summary>The change against one earlier month, worded by its signal.</summary>
    public static string Comparison(KpiTile tile, KpiChange? change, string? whyMissing, DateOnly earlier)
    {
        var monthName = FigureFormat.Month(earlier);
        return change?.Signal switch
        {
            null => $"not comparable with {monthName} ({whyMissing ?? "no figure"})",
            ChangeSignal.WithinNoise => $"steady on {monthName} ({Signed(tile.Unit, change.Difference)}, within noise)",
            ChangeSignal.TooFewToJudge =>
                $"{Signed(tile.Unit, change.Difference)} on {monthName}, too few to tell from noise",
            ChangeSignal.BeyondNoise => $"{Movement(tile, change)} on {monthName}{Judgement(tile, change)}",
            _ => $"{Signed(tile.Unit, change.Difference)} on {monthName}",
        };
    }

    // "up 2.0 pp": the size of the change without its sign.
    private static string Movement(KpiTile tile, KpiChange change) =>
        $"{(change.Difference > 0 ? "up" : "down")} {Size(tile.Unit, Math.Abs(change.Difference))}";

    // Whether the move is good news by the KPI's direction; volumes are neither.
    private static string Judgement(KpiTile tile, KpiChange change) =>
        (tile.Direction, change.Difference > 0) switch
        {
            (KpiDirection.Neutral, _) => "",
            (KpiDirection.HigherIsBetter, true) or (KpiDirection.LowerIsBetter, false) => " (better)",
            _ => " (worse)",
        };

    // A signed change as the sentences word it: "+0.1 pp", "−1.5 points", "+120".
    private static string Signed(KpiUnit unit, double difference) => unit switch
    {
        KpiUnit.Rate => FigureFormat.RateChange(difference),
        KpiUnit.NetPromoterScore => FigureFormat.SignedNumber(difference, 1) + " points",
        _ => FigureFormat.CountChange(difference),
    };

    // A change beyond noise that rounds to nothing at one decimal (a tiny move on a huge book) keeps a second
    // decimal, so the sentence never reads "up 0.0 pp".
    private static string Size(KpiUnit unit, double size)
    {
        var (scaled, suffix) = unit switch
        {
            KpiUnit.Rate => (size * 100, " pp"),
            KpiUnit.NetPromoterScore => (size, " points"),
            _ => (size, ""),
        };
        if (unit == KpiUnit.Count)
        {
            return FigureFormat.Count(scaled);
        }

        return Math.Round(scaled, 1) > 0 ? FigureFormat.Decimal(scaled, 1) + suffix
            : Math.Round(scaled, 2) > 0 ? FigureFormat.Decimal(scaled, 2) + suffix
            : "under 0.01" + suffix;
    }

    // Tile labels start with a capital for the tile; inside a sentence only acronyms keep theirs.
    private static string InSentence(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1])
            ? char.ToLowerInvariant(label[0]) + label[1..]
            : label;

    private static string JoinedWithAnd(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
