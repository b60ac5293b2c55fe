namespace Warehouse.Etl.Lift;

/// <summary>
/// One arm's outcomes for one metric, reduced to the sufficient statistics the marts store: the number of
/// customers with a value, the sum of the values and the sum of their squares.
/// </summary>
/// <remarks>
/// Implementation note: the variance comes from the two sums, which is all the mart keeps. The centred sum
/// of squares <c>Σx² − (Σx)²/n</c> is formed with fused multiply-adds so that no rounding is added beyond
/// what the stored sums already carry, and a negative result (rounding in the sums of a constant arm) is taken
/// as zero. A constant arm of non-integer values may still show a variance of the order of that rounding
/// (about <c>n·2⁻⁵³·Σx²</c>) rather than exactly zero; a constant arm of integers (0/1 rates,
/// ±100 NPS values, zero spend) gives exactly zero.
/// </remarks>
public sealed record ArmSummary
{
    /// <param name="customers">Customers with a value for the metric; not negative.</param>
    /// <param name="sum">Sum of the values; finite.</param>
    /// <param name="sumOfSquares">Sum of the squared values; finite and not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A figure is negative or not finite.</exception>
    public ArmSummary(long customers, double sum, double sumOfSquares)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(customers);
        if (!double.IsFinite(sum))
        {
            throw new ArgumentOutOfRangeException(nameof(sum), sum, "The sum of values must be finite.");
        }

        if (!double.IsFinite(sumOfSquares) || sumOfSquares < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(sumOfSquares), sumOfSquares, "The sum of squares must be finite and not negative.");
        }

        Customers = customers;
        Sum = sum;
        SumOfSquares = sumOfSquares;
    }

    /// <summary>An arm without any customer.</summary>
    public static ArmSummary Empty { get; } = new(0, 0, 0);

    public long Customers { get; }

    public double Sum { get; }

    public double SumOfSquares { get; }

    /// <summary>Mean value per customer; <see langword="null"/> for an arm without customers.</summary>
    public double? Mean => Customers == 0 ? null : Sum / Customers;

    /// <summary>
    /// Sample variance with <c>n − 1</c> in the denominator; <see langword="null"/> for fewer than two
    /// customers. Never negative.
    /// </summary>
    public double? Variance => Customers < 2 ? null : CentredSumOfSquares() / (Customers - 1);

    /// <summary>Sums up a list of per-customer values.</summary>
    public static ArmSummary FromValues(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);

        long customers = 0;
        var sum = 0.0;
        var sumOfSquares = 0.0;
        foreach (var value in values)
        {
            customers++;
            sum += value;
            sumOfSquares += value * value;
        }

        return new ArmSummary(customers, sum, sumOfSquares);
    }

    private double CentredSumOfSquares() => CentredSums.Square(Customers, Sum, SumOfSquares);
}
