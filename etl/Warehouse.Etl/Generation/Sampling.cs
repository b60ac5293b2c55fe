using MathNet.Numerics.Distributions;

namespace Warehouse.Etl.Generation;

/// <summary>
/// Turns one uniform draw into a value of a distribution by inverting its distribution function. One
/// draw per value keeps two simulated arms coupled: the same draw with a shifted parameter moves the
/// value in the direction of the shift, which is what common random numbers rely on.
/// </summary>
internal static class Sampling
{
    private const double Tiny = 1e-12;

    /// <summary>A count from a Poisson distribution with the given mean, capped at <paramref name="cap"/>.</summary>
    public static int Poisson(double uniform, double mean, int cap)
    {
        if (mean <= 0)
        {
            return 0;
        }

        var probability = Math.Exp(-mean);
        var cumulative = probability;
        var count = 0;
        while (uniform >= cumulative && count < cap)
        {
            count++;
            probability *= mean / count;
            cumulative += probability;
        }

        return count;
    }

    /// <summary>A standard normal value.</summary>
    public static double StandardNormal(double uniform) =>
        Normal.InvCDF(0, 1, Math.Clamp(uniform, Tiny, 1 - Tiny));

    /// <summary>An index chosen with probability proportional to its weight.</summary>
    public static int Pick(double uniform, IReadOnlyList<double> cumulativeShares)
    {
        for (var i = 0; i < cumulativeShares.Count - 1; i++)
        {
            if (uniform < cumulativeShares[i])
            {
                return i;
            }
        }

        return cumulativeShares.Count - 1;
    }

    /// <summary>An integer in [<paramref name="lowest"/>, <paramref name="highest"/>].</summary>
    public static int Between(double uniform, int lowest, int highest) =>
        Math.Min(highest, lowest + (int)(uniform * (highest - lowest + 1)));
}
