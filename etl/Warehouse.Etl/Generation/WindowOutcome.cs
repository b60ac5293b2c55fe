namespace Warehouse.Etl.Generation;

/// <summary>
/// One assigned customer's pilot outcomes along one simulated path, by the pilot metric catalogue:
/// counted on dates d with assigned_date &lt; d &lt;= window_end_date.
/// </summary>
internal sealed class WindowOutcome
{
    /// <summary>Some account was 30 or more days past due at a month end inside the window.</summary>
    public bool RolledTo30Plus { get; private set; }

    /// <summary>The customer took some customer-initiated digital action inside the window.</summary>
    public bool Engaged { get; private set; }

    /// <summary>The customer's latest survey answer inside the window, if any.</summary>
    public SurveyAnswer? LatestSurvey { get; private set; }

    public void Record(MonthOutcome month, PilotEnrolment enrolment)
    {
        if (enrolment.Covers(month.MonthEnd) && month.Accounts.Any(a => a.DaysPastDue >= 30))
        {
            RolledTo30Plus = true;
        }

        for (var day = 0; day < month.DigitalByDay.Length; day++)
        {
            if (month.DigitalByDay[day] > 0 && enrolment.Covers(month.Day(day)))
            {
                Engaged = true;
            }
        }

        foreach (var survey in month.Surveys)
        {
            var isLater = LatestSurvey is null || survey.RespondedAt > LatestSurvey.RespondedAt;
            if (isLater && enrolment.Covers(survey.RespondedDate))
            {
                LatestSurvey = survey;
            }
        }
    }

    /// <summary>
    /// The customer's value of a catalogue metric; null where the customer is left out (nps without an answer).
    /// </summary>
    public double? Value(string metric) => metric switch
    {
        "roll_to_30_plus_rate" => RolledTo30Plus ? 1 : 0,
        "engagement_rate" => Engaged ? 1 : 0,
        "nps" => LatestSurvey?.Score switch
        {
            null => null,
            >= 9 => 100,
            >= 7 => 0,
            _ => -100,
        },
        _ => throw new InvalidOperationException($"The generator does not simulate the metric '{metric}'."),
    };
}
