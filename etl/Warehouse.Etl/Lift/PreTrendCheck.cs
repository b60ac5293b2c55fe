namespace Warehouse.Etl.Lift;

/// <summary>
/// The parallel-trend check of a difference-in-differences estimate, on the months before assignment
/// (<c>marts.pilot_pre_trends</c>, month offsets −6..−1). For each month k the gap between the arms'
/// means, <c>gₖ = ȳₚ,ₖ − ȳᶜ,ₖ</c>, has variance <c>vₖ = s²ₚ,ₖ/nₚ,ₖ + s²ᶜ,ₖ/nᶜ,ₖ</c>; a weighted least-squares
/// line through the gaps with weights <c>wₖ = 1/vₖ</c> has slope
/// <c>β = Σw(k − k̄)(g − ḡ) / Σw(k − k̄)²</c> (k̄, ḡ weighted means) and <c>Var(β) = 1 / Σw(k − k̄)²</c>.
/// The trends count as parallel when the two-sided normal p-value of β/SE(β) is at least
/// <see cref="Threshold"/>; at least <see cref="MinimumMonths"/> usable months are needed to check at all.
/// </summary>
/// <remarks>
/// A passing check does not prove parallel trends: it finds no evidence against them, and it has little power
/// with few months. Reference: J. Roth, "Pretest with caution: event-study estimates after testing for
/// parallel trends", American Economic Review: Insights 4 (2022) 305–322.
/// </remarks>
/// <param name="Months">Months with a usable gap (both arms with at least two customers and some variance).</param>
/// <param name="Slope">β, the change in the gap per month, in the metric's unit; null when not checked.</param>
/// <param name="PValue">Two-sided p-value of a zero slope; null when not checked.</param>
/// <param name="Reason">Why the check could not run; null when it ran.</param>
public sealed record PreTrendCheck(int Months, double? Slope, double? PValue, string? Reason)
{
    /// <summary>The slope's p-value below which the trends count as diverging.</summary>
    public const double Threshold = 0.05;

    /// <summary>Fewest usable months for a check.</summary>
    public const int MinimumMonths = 3;

    /// <summary>The check ran and found no divergence.</summary>
    public bool Passes => PValue >= Threshold;

    /// <summary>Runs the check on the pre-period months of one pilot metric.</summary>
    public static PreTrendCheck Of(IEnumerable<(int MonthOffset, ArmSummary Pilot, ArmSummary Control)> months)
    {
        ArgumentNullException.ThrowIfNull(months);

        var gaps = new List<(double Month, double Gap, double Weight)>();
        foreach (var (offset, pilot, control) in months)
        {
            if (pilot.Variance is { } pilotVariance && control.Variance is { } controlVariance)
            {
                var variance = pilotVariance / pilot.Customers + controlVariance / control.Customers;
                if (variance > 0)
                {
                    gaps.Add((offset, pilot.Mean!.Value - control.Mean!.Value, 1 / variance));
                }
            }
        }

        if (gaps.Count < MinimumMonths)
        {
            return new PreTrendCheck(
                gaps.Count,
                null,
                null,
                $"Only {gaps.Count} pre-period month(s) have both arms with at least two customers and some "
                + $"variance; the parallel-trend check needs {MinimumMonths}.");
        }

        var totalWeight = gaps.Sum(g => g.Weight);
        var meanMonth = gaps.Sum(g => g.Weight * g.Month) / totalWeight;
        var meanGap = gaps.Sum(g => g.Weight * g.Gap) / totalWeight;
        var spread = gaps.Sum(g => g.Weight * (g.Month - meanMonth) * (g.Month - meanMonth));
        var slope = gaps.Sum(g => g.Weight * (g.Month - meanMonth) * (g.Gap - meanGap)) / spread;
        var z = slope * Math.Sqrt(spread);
        return new PreTrendCheck(gaps.Count, slope, TailProbability.NormalTwoSided(z), null);
    }
}
