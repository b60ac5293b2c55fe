namespace Warehouse.Etl.Lift;

/// <summary>
/// One arm's customers that also have a pre-period value of the metric (the covariate x, measured over a
/// window of the same length ending the day before assignment), with their outcome y: what CUPED and
/// difference-in-differences need.
/// </summary>
/// <param name="Customers">Paired customers; at most the arm's customers.</param>
/// <param name="ValueSum">Σy over the paired customers.</param>
/// <param name="ValueSumSquares">Σy² over them.</param>
/// <param name="CovariateSum">Σx.</param>
/// <param name="CovariateSumSquares">Σx².</param>
/// <param name="ValueCovariateSum">Σx·y.</param>
public sealed record PairedSums(
    long Customers,
    double ValueSum,
    double ValueSumSquares,
    double CovariateSum,
    double CovariateSumSquares,
    double ValueCovariateSum)
{
    /// <summary>No paired customer.</summary>
    public static PairedSums None { get; } = new(0, 0, 0, 0, 0, 0);
}
