namespace Warehouse.Etl.Lift;

/// <summary>
/// How a pilot metric's per-customer values are formed; stored in the marts as <c>rate</c>, <c>mean</c>,
/// <c>count</c>, <c>nps</c> or <c>ratio</c> (see <see cref="MetricKinds"/>). The kind decides the estimator
/// (<see cref="LiftCalculator"/>) and how figures are shown.
/// </summary>
public enum MetricKind
{
    /// <summary>Each customer scores 1 or 0; the arm mean is a share between 0 and 1.</summary>
    Rate,

    /// <summary>Each customer has an amount (for example balance paid); the arm mean is the amount per customer.</summary>
    Mean,

    /// <summary>Each customer has a number of events (for example contacts); the arm mean is events per customer.</summary>
    Count,

    /// <summary>
    /// Each responding customer scores +100 (promoter), 0 (passive) or -100 (detractor); the arm mean is
    /// the arm's net promoter score on the -100..100 scale.
    /// </summary>
    Nps,

    /// <summary>
    /// Each customer has a numerator and a denominator (for example paid and due); the arm figure is the sum of
    /// numerators over the sum of denominators, over customers with both.
    /// </summary>
    Ratio,
}
