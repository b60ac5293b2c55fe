namespace Warehouse.Etl.Generation;

/// <summary>
/// The true and the observed value of one pilot metric, as the pilot metric catalogue defines it
/// (outcomes on dates d with assigned_date &lt; d &lt;= window_end_date). Every assigned customer's
/// outcome window was simulated under both arms with the same random draws, so the value had every
/// assigned customer been in one arm is known, and <see cref="TrueEffect"/> is exact. The files hold
/// only the outcome of the arm each customer was assigned to; the observed values are computed from
/// those outcomes and are what a correct warehouse reproduces.
/// </summary>
/// <param name="Metric">Metric name from the catalogue, for example <c>roll_to_30_plus_rate</c>.</param>
/// <param name="MetricKind"><c>rate</c>, <c>mean</c> or <c>nps</c>.</param>
/// <param name="CustomersIfAllPilot">
/// Assigned customers with a value had all been treated (for nps: those with a response).
/// </param>
/// <param name="CustomersIfAllControl">Assigned customers with a value had none been treated.</param>
/// <param name="ValueIfAllPilot">Mean over those customers had all been treated; null when there are none.</param>
/// <param name="ValueIfAllControl">Mean over those customers had none been treated; null when there are none.</param>
/// <param name="TrueEffect">
/// Pilot minus control: <see cref="ValueIfAllPilot"/> − <see cref="ValueIfAllControl"/>.
/// </param>
/// <param name="ObservedPilotCustomers">Pilot-arm customers with a value in the files.</param>
/// <param name="ObservedControlCustomers">Control-arm customers with a value in the files.</param>
/// <param name="ObservedPilotValue">Pilot-arm mean in the files; null when there are no such customers.</param>
/// <param name="ObservedControlValue">Control-arm mean in the files; null when there are no such customers.</param>
public sealed record PlantedEffect(
    string Metric,
    string MetricKind,
    int CustomersIfAllPilot,
    int CustomersIfAllControl,
    double? ValueIfAllPilot,
    double? ValueIfAllControl,
    double? TrueEffect,
    int ObservedPilotCustomers,
    int ObservedControlCustomers,
    double? ObservedPilotValue,
    double? ObservedControlValue);
