namespace Warehouse.Etl.Lift;

/// <summary>One row of <c>marts.pilot_integrity</c>: a check of one pilot's assignments and outcomes.</summary>
/// <param name="PilotId">The pilot.</param>
/// <param name="CheckName">
/// <c>customers_in_both_arms</c>, <c>outcomes_before_assignment</c> or <c>assigned_outside_pilot_dates</c>.
/// </param>
/// <param name="Failing">Rows breaking the check; 0 when it passes.</param>
/// <param name="Detail">What the SQL side says about the failures; may be null.</param>
public sealed record IntegrityCheck(string PilotId, string CheckName, long Failing, string? Detail)
{
    /// <summary>The check in plain words, for a failing check.</summary>
    public string Describe()
    {
        var what = CheckName switch
        {
            "customers_in_both_arms" => $"{Failing:N0} customer(s) assigned to both arms",
            "outcomes_before_assignment" =>
                $"{Failing:N0} outcome(s) dated on or before assignment counted in the outcome window",
            "assigned_outside_pilot_dates" => $"{Failing:N0} customer(s) assigned outside the pilot's dates",
            _ => $"{Failing:N0} failing row(s) of the check {CheckName}",
        };
        return string.IsNullOrWhiteSpace(Detail) ? what : $"{what} ({Detail.Trim()})";
    }
}
