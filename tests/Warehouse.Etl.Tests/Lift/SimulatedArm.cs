using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Tests.Lift;

/// <summary>Sums up simulated customers of one arm into the sufficient statistics the marts hold.</summary>
internal sealed class SimulatedArm
{
    private long _customers;
    private double _sum;
    private double _squares;
    private double _denominator;
    private double _denominatorSquares;
    private double _cross;
    private long _paired;
    private double _pairedSum;
    private double _pairedSquares;
    private double _covariate;
    private double _covariateSquares;
    private double _valueCovariate;

    /// <summary>A customer with an outcome only.</summary>
    public void Add(double value)
    {
        _customers++;
        _sum += value;
        _squares += value * value;
    }

    /// <summary>A customer of a ratio metric: numerator and denominator.</summary>
    public void AddRatio(double numerator, double denominator)
    {
        Add(numerator);
        _denominator += denominator;
        _denominatorSquares += denominator * denominator;
        _cross += numerator * denominator;
    }

    /// <summary>A customer with an outcome and a pre-period value.</summary>
    public void AddPaired(double value, double covariate)
    {
        Add(value);
        _paired++;
        _pairedSum += value;
        _pairedSquares += value * value;
        _covariate += covariate;
        _covariateSquares += covariate * covariate;
        _valueCovariate += value * covariate;
    }

    public ArmStatistics ToStatistics(bool isRatio) => new(
        new ArmSummary(_customers, _sum, _squares),
        isRatio ? new RatioSums(_denominator, _denominatorSquares, _cross) : null,
        _paired == 0
            ? PairedSums.None
            : new PairedSums(_paired, _pairedSum, _pairedSquares, _covariate, _covariateSquares, _valueCovariate));
}
