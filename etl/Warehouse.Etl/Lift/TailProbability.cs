using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Warehouse.Etl.Lift;

/// <summary>
/// Upper-tail probabilities computed directly, never as <c>1 − cdf</c>: the subtraction would round any
/// p-value below about 1e-16 to zero.
/// </summary>
internal static class TailProbability
{
    /// <summary>
    /// The smallest p-value reported: the smallest positive double (2⁻¹⁰⁷⁴, about 4.9e-324). A tail too small
    /// to represent is reported as this bound, so a p-value is always finite and positive.
    /// </summary>
    public const double Floor = double.Epsilon;

    /// <summary>Two-sided p-value of a Student t statistic: P(|T| ≥ |t|) with the given degrees of freedom.</summary>
    public static double StudentTTwoSided(double t, double degreesOfFreedom)
    {
        // MathNet's lower tail at −|t| is ½·I(ν/(ν+t²); ν/2, ½) evaluated directly, so it keeps its
        // precision far out in the tail; by symmetry it equals the survival function at |t|.
        var lowerTail = StudentT.CDF(0, 1, degreesOfFreedom, -Math.Abs(t));
        return Bounded(2 * lowerTail);
    }

    /// <summary>Two-sided p-value of a standard normal statistic: P(|Z| ≥ |z|) = erfc(|z|/√2).</summary>
    public static double NormalTwoSided(double z) =>
        // erfc is evaluated directly in the tail, so the p-value keeps its precision down to about 1e-308.
        Bounded(SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2)));

    /// <summary>Upper tail P(X ≥ x) of a chi-square variable with <paramref name="degreesOfFreedom"/>.</summary>
    public static double ChiSquaredUpper(double x, double degreesOfFreedom)
    {
        // MathNet 5's ChiSquared offers only the lower tail (the lower regularised gamma function); its
        // survival function is the upper regularised gamma function Q(k/2, x/2), taken here directly.
        var upperTail = x <= 0 ? 1 : SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2, x / 2);
        return Bounded(upperTail);
    }

    /// <summary>Two-sided critical value of Student t at a confidence level (about 1.96 for 95%, many df).</summary>
    /// <remarks>
    /// Implementation note: MathNet's <c>StudentT.InvCDF</c> is a generic root search, slow enough to dominate
    /// the simulation study. This starts from the Cornish–Fisher expansion of the t quantile in powers of
    /// 1/ν (Abramowitz and Stegun 26.7.5) and polishes it by Newton steps on the exact distribution function,
    /// kept inside a bracket so that small ν, where the expansion is poor, still converges.
    /// </remarks>
    public static double StudentTCritical(double confidenceLevel, double degreesOfFreedom)
    {
        var p = 1 - (1 - confidenceLevel) / 2;
        var z = Normal.InvCDF(0, 1, p);
        if (double.IsPositiveInfinity(degreesOfFreedom))
        {
            return z;
        }

        var low = z;
        var high = Math.Max(CornishFisher(z, degreesOfFreedom), z) * 2 + 1;
        while (StudentT.CDF(0, 1, degreesOfFreedom, high) < p)
        {
            high *= 2;
        }

        var t = Math.Clamp(CornishFisher(z, degreesOfFreedom), low, high);
        for (var step = 0; step < 80; step++)
        {
            var gap = StudentT.CDF(0, 1, degreesOfFreedom, t) - p;
            if (gap == 0)
            {
                return t;
            }

            if (gap > 0)
            {
                high = t;
            }
            else
            {
                low = t;
            }

            // The distribution function itself carries rounding of about 1e-12 at very large ν, so Newton may
            // hop about the root; the bracket then closes it by halving.
            var next = t - gap / StudentT.PDF(0, 1, degreesOfFreedom, t);
            if (!(next > low && next < high))
            {
                next = (low + high) / 2;
            }

            if (Math.Abs(next - t) <= 1e-14 * t || high - low <= 1e-14 * t)
            {
                return next;
            }

            t = next;
        }

        return t;
    }

    /// <summary>The t quantile from the normal quantile z by the expansion in 1/ν to the fourth power.</summary>
    private static double CornishFisher(double z, double degreesOfFreedom)
    {
        var z2 = z * z;
        var g1 = (z2 + 1) * z / 4;
        var g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
        var g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
        var g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
        var v = degreesOfFreedom;
        return z + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v);
    }

    /// <summary>The two-sided critical value of the standard normal for a confidence level.</summary>
    public static double NormalCritical(double confidenceLevel) =>
        Normal.InvCDF(0, 1, 1 - (1 - confidenceLevel) / 2);

    private static double Bounded(double probability)
    {
        if (double.IsNaN(probability))
        {
            throw new ArithmeticException("A tail probability came out as NaN; its inputs were not finite.");
        }

        return Math.Clamp(probability, Floor, 1);
    }
}
