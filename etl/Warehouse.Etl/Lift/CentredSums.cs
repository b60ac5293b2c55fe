namespace Warehouse.Etl.Lift;

/// <summary>
/// Centred sums of squares and cross-products from raw sums: <c>Σxy − ΣxΣy/n</c>, the numerator of a
/// sample covariance (and of a variance when x = y).
/// </summary>
/// <remarks>
/// Implementation note: the product <c>ΣxΣy/n</c> is formed as <c>Σx·ȳ</c> with its rounding error recovered
/// by fused multiply-adds, so that no error is added beyond what the stored sums carry; see
/// <see cref="ArmSummary"/> for the same treatment of a variance.
/// </remarks>
internal static class CentredSums
{
    /// <summary><c>Σxy − ΣxΣy/n</c> for <paramref name="count"/> ≥ 1.</summary>
    public static double CrossProduct(double count, double sumX, double sumY, double sumXy)
    {
        var meanY = sumY / count;
        var divisionResidual = Math.FusedMultiplyAdd(-meanY, count, sumY) / count;
        var product = sumX * meanY;
        var productResidual = Math.FusedMultiplyAdd(sumX, meanY, -product);
        return (sumXy - product) - (productResidual + sumX * divisionResidual);
    }

    /// <summary><c>Σx² − (Σx)²/n</c>, never negative.</summary>
    public static double Square(double count, double sumX, double sumSquares) =>
        Math.Max(CrossProduct(count, sumX, sumX, sumSquares), 0);
}
