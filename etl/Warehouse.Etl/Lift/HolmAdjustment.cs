namespace Warehouse.Etl.Lift;

/// <summary>
/// Holm's step-down adjustment of p-values for multiple comparisons, controlling the family-wise error rate.
/// With the m p-values sorted ascending, p₍₁₎ ≤ … ≤ p₍ₘ₎, the adjusted value of the i-th is
/// <c>max over j ≤ i of min(1, (m − j + 1)·p₍ⱼ₎)</c>. A missing p-value is left missing and not counted in m.
/// </summary>
/// <remarks>
/// Applied to a pilot's secondary metrics; the primary metric is tested alone and guardrails are judged
/// against their margins. Reference: S. Holm, "A simple sequentially rejective multiple test procedure",
/// Scandinavian Journal of Statistics 6 (1979) 65–70.
/// </remarks>
public static class HolmAdjustment
{
    /// <summary>The method name stored in the marts.</summary>
    public const string Method = "holm";

    /// <summary>The adjusted p-values, in the order given.</summary>
    public static IReadOnlyList<double?> Adjust(IReadOnlyList<double?> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);

        var present = pValues
            .Select((p, index) => (P: p, Index: index))
            .Where(x => x.P is not null)
            .OrderBy(x => x.P!.Value)
            .ThenBy(x => x.Index)
            .ToList();
        var adjusted = new double?[pValues.Count];
        var running = 0.0;
        for (var rank = 0; rank < present.Count; rank++)
        {
            var scaled = Math.Min(1, (present.Count - rank) * present[rank].P!.Value);
            running = Math.Max(running, scaled);
            adjusted[present[rank].Index] = running;
        }

        return adjusted;
    }
}
