namespace Warehouse.Etl.Generation;

/// <summary>
/// The true and the observed value of one goal metric of a pilot, as the pilot metric catalogue defines it
/// (outcomes on dates d with assigned_date &lt; d &lt;= window_end_date). Every assigned customer's
/// outcome window was simulated under both arms with the same random draws, so the value had every
/// customer of the effect population been in one arm is known, and <see cref="TrueEffect"/> is exact. The
/// effect population is every assigned customer of a randomised pilot and the pilot arm of an
/// observational one. The files hold only the outcome of the arm each customer was assigned to; the
/// observed values are computed from those outcomes and are what a correct warehouse reproduces. A value
/// over several customers is the mean of theirs, or for a ratio metric the ratio of their sums.
/// </summary>
/// <param name="Metric">Metric name from the catalogue, for example <c>roll_to_30_plus_rate</c>.</param>
/// <param name="MetricKind"><c>rate</c>, <c>mean</c>, <c>count</c>, <c>nps</c> or <c>ratio</c>.</param>
/// <param name="Role">The goal's role: <c>primary</c>, <c>secondary</c> or <c>guardrail</c>.</param>
/// <param name="CustomersIfAllPilot">
/// Customers of the effect population with a value had all been treated (for nps: those with a response).
/// </param>
/// <param name="CustomersIfAllControl">Customers of the effect population with a value had none been treated.</param>
/// <param name="ValueIfAllPilot">Value over those customers had all been treated; null when there are none.</param>
/// <param name="ValueIfAllControl">Value over those customers had none been treated; null when there are none.</param>
/// <param name="TrueEffect">
/// Pilot minus control: <see cref="ValueIfAllPilot"/> − <see cref="ValueIfAllControl"/>.
/// </param>
/// <param name="ObservedPilotCustomers">Pilot-arm customers with a value in the files.</param>
/// <param name="ObservedControlCustomers">Control-arm customers with a value in the files.</param>
/// <param name="ObservedPilotValue">Pilot-arm value in the files; null when there are no such customers.</param>
/// <param name="ObservedControlValue">Control-arm value in the files; null when there are no such customers.</param>
public sealed record PlantedEffect(
    string Metric,
    string MetricKind,
    string Role,
    int CustomersIfAllPilot,
    int CustomersIfAllControl,
    double? ValueIfAllPilot,
    double? ValueIfAllControl,
    double? TrueEffect,
    int ObservedPilotCustomers,
    int ObservedControlCustomers,
    double? ObservedPilotValue,
    double? ObservedControlValue);
