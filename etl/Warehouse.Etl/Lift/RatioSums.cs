namespace Warehouse.Etl.Lift;

/// <summary>
/// The denominator side of a ratio metric in one arm, over the customers with both a numerator x and a
/// denominator y (the numerator's sums are the arm's <see cref="ArmSummary"/>).
/// </summary>
/// <param name="DenominatorSum">Σy.</param>
/// <param name="DenominatorSumSquares">Σy²; not negative.</param>
/// <param name="ValueDenominatorSum">Σx·y.</param>
public sealed record RatioSums(double DenominatorSum, double DenominatorSumSquares, double ValueDenominatorSum);
