using MathNet.Numerics.Distributions;

namespace Warehouse.Etl.Lift;

/// <summary>
/// Power of a two-arm comparison of means by the normal approximation. With per-customer standard deviation
/// σ, a share s of N customers in the pilot arm, a two-sided level α and power 1 − β:
/// the minimum detectable effect is <c>MDE = (z₁₋α/₂ + z₁₋β)·σ·√(1/(N·s) + 1/(N·(1 − s)))</c>, and the
/// customers needed for an effect δ are <c>N = (z₁₋α/₂ + z₁₋β)²·σ²·(1/s + 1/(1 − s)) / δ²</c>, rounded up.
/// </summary>
/// <remarks>
/// σ is the same in both arms (the baseline's). For a guardrail, δ is the distance between the effect seen
/// and the margin: the size at which the interval would be expected to exclude the margin. Reference:
/// J. Cohen, Statistical Power Analysis for the Behavioral Sciences, 2nd ed., Erlbaum (1988), chapter 2;
/// R. Kohavi, D. Tang and Y. Xu, Trustworthy Online Controlled Experiments, Cambridge (2020), chapter 17.
/// </remarks>
public static class PowerCalculation
{
    /// <summary>Default two-sided level.</summary>
    public const double DefaultAlpha = 0.05;

    /// <summary>Default power.</summary>
    public const double DefaultPower = 0.8;

    /// <summary>The smallest true effect detected with the given power at N customers.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static double MinimumDetectableEffect(
        double standardDeviation, long customers, double pilotShare, double alpha, double power)
    {
        Validate(standardDeviation, pilotShare, alpha, power);
        ArgumentOutOfRangeException.ThrowIfLessThan(customers, 2);

        var perArm = 1 / (customers * pilotShare) + 1 / (customers * (1 - pilotShare));
        return Multiplier(alpha, power) * standardDeviation * Math.Sqrt(perArm);
    }

    /// <summary>
    /// Customers (both arms) needed to detect an effect of size <paramref name="effect"/> with the given
    /// power; <see langword="null"/> for a zero effect, which no size detects, or a size beyond a long.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static long? CustomersNeeded(
        double standardDeviation, double effect, double pilotShare, double alpha, double power)
    {
        Validate(standardDeviation, pilotShare, alpha, power);
        if (!double.IsFinite(effect))
        {
            throw new ArgumentOutOfRangeException(nameof(effect), effect, "The effect must be finite.");
        }

        if (effect == 0)
        {
            return null;
        }

        var ratio = Multiplier(alpha, power) * standardDeviation / effect;
        var needed = Math.Ceiling(ratio * ratio * (1 / pilotShare + 1 / (1 - pilotShare)));
        return needed < long.MaxValue ? Math.Max((long)needed, 4) : null;
    }

    /// <summary>
    /// One customer's standard deviation for the metric kind from a sample of its values: √s² for rates,
    /// means, counts and NPS; for a ratio the delta-method linearisation √(s²ₓ − 2R·sₓᵧ + R²·s²ᵧ)/ȳ.
    /// <see langword="null"/> when the sample has fewer than two customers or no spread.
    /// </summary>
    public static double? PerCustomerStandardDeviation(MetricKind kind, ArmStatistics sample)
    {
        ArgumentNullException.ThrowIfNull(sample);

        double? variance = kind == MetricKind.Ratio
            ? sample.Ratio is { } ratio ? RatioDifference.Linearised(sample.Outcome, ratio)?.PerCustomerVariance : null
            : sample.Outcome.Variance;
        return variance is > 0 and < double.PositiveInfinity ? Math.Sqrt(variance.Value) : null;
    }

    private static double Multiplier(double alpha, double power) =>
        Normal.InvCDF(0, 1, 1 - alpha / 2) + Normal.InvCDF(0, 1, power);

    private static void Validate(double standardDeviation, double pilotShare, double alpha, double power)
    {
        if (!(standardDeviation > 0 && double.IsFinite(standardDeviation)))
        {
            throw new ArgumentOutOfRangeException(
                nameof(standardDeviation), standardDeviation, "The standard deviation must be positive and finite.");
        }

        if (!(pilotShare is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(pilotShare), pilotShare, "The share must be within 0..1.");
        }

        if (!(alpha is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "Alpha must be strictly between 0 and 1.");
        }

        if (!(power is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(power), power, "Power must be strictly between 0 and 1.");
        }
    }
}
