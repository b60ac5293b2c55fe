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
    public static double StudentTCritical(double confidenceLevel, double degreesOfFreedom) =>
        StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - (1 - confidenceLevel) / 2);

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
