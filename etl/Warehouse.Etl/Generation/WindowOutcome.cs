namespace Warehouse.Etl.Generation;

/// <summary>
/// One assigned customer's pilot outcomes along one simulated path, by the pilot metric catalogue:
/// counted on dates d with assigned_date &lt; d &lt;= window_end_date, month-end facts by their month end.
/// </summary>
internal sealed class WindowOutcome
{
    /// <summary>Some account was 30 or more days past due at a month end inside the window.</summary>
    public bool RolledTo30Plus { get; private set; }

    /// <summary>Customer-initiated digital actions inside the window.</summary>
    public int DigitalActions { get; private set; }

    /// <summary>The customer has an account snapshot at some month end inside the window.</summary>
    public bool HasAccountMonth { get; private set; }

    /// <summary>Payments received over the month ends inside the window.</summary>
    public decimal AmountPaid { get; private set; }

    /// <summary>Minimum payments due over the month ends inside the window.</summary>
    public decimal AmountDue { get; private set; }

    /// <summary>The customer's latest survey answer inside the window, if any.</summary>
    public SurveyAnswer? LatestSurvey { get; private set; }

    public void Record(MonthOutcome month, PilotEnrolment enrolment)
    {
        if (enrolment.Covers(month.MonthEnd) && month.Accounts.Count > 0)
        {
            HasAccountMonth = true;
            RolledTo30Plus |= month.Accounts.Any(a => a.DaysPastDue >= 30);
            AmountPaid += month.Accounts.Sum(a => a.AmountPaid);
            AmountDue += month.Accounts.Sum(a => a.AmountDue);
        }

        for (var day = 0; day < month.DigitalByDay.Length; day++)
        {
            if (enrolment.Covers(month.Day(day)))
            {
                DigitalActions += month.DigitalByDay[day];
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
    /// The customer's numerator and denominator of a catalogue metric: the value and 1, except for a ratio
    /// (amount paid over amount due). Null where the customer is left out: nps without an answer, amounts
    /// without an account snapshot in the window.
    /// </summary>
    public (double Value, double Denominator)? Measure(string metric) => metric switch
    {
        "roll_to_30_plus_rate" => (RolledTo30Plus ? 1 : 0, 1),
        "engagement_rate" => (DigitalActions > 0 ? 1 : 0, 1),
        "digital_actions" => (DigitalActions, 1),
        "balance_paid" => HasAccountMonth ? ((double)AmountPaid, 1) : null,
        "paid_over_due" => HasAccountMonth ? ((double)AmountPaid, (double)AmountDue) : null,
        "nps" => LatestSurvey?.Score switch
        {
            null => null,
            >= 9 => (100, 1),
            >= 7 => (0, 1),
            _ => (-100, 1),
        },
        _ => throw new InvalidOperationException($"The generator does not simulate the metric '{metric}'."),
    };
}
