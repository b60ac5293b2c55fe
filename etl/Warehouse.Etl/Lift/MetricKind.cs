namespace Warehouse.Etl.Lift;

/// <summary>
/// How a pilot metric's per-customer values are formed; stored in the marts as <c>rate</c>, <c>mean</c>
/// or <c>nps</c> (see <see cref="MetricKinds"/>). Every kind is compared with the same Welch test on
/// the per-customer values; the kind decides how figures are read and shown.
/// </summary>
public enum MetricKind
{
    /// <summary>Each customer scores 1 or 0; the arm mean is a share between 0 and 1.</summary>
    Rate,

    /// <summary>Each customer has an amount (for example spend); the arm mean is the amount per customer.</summary>
    Mean,

    /// <summary>
    /// Each responding customer scores +100 (promoter), 0 (passive) or -100 (detractor); the arm mean is
    /// the arm's net promoter score on the -100..100 scale.
    /// </summary>
    Nps,
}
