namespace Warehouse.Etl.Generation;

/// <summary>One row of the <c>pilot_goals</c> extract a generated pilot declares.</summary>
/// <param name="Metric">Metric name from the catalogue, for example <c>roll_to_30_plus_rate</c>.</param>
/// <param name="Kind"><c>rate</c>, <c>mean</c>, <c>count</c>, <c>nps</c> or <c>ratio</c>.</param>
/// <param name="Role"><c>primary</c>, <c>secondary</c> or <c>guardrail</c>.</param>
/// <param name="Direction"><c>decrease</c> or <c>increase</c>: which way is better.</param>
/// <param name="Margin">Guardrails only: the worsening tolerated, in the metric's unit.</param>
internal sealed record PilotGoal(string Metric, string Kind, string Role, string Direction, decimal? Margin = null);
