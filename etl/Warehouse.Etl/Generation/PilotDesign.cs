namespace Warehouse.Etl.Generation;

/// <summary>
/// The one pilot a generated portfolio runs: proactive digital outreach to customers at risk of falling
/// behind. Customers become eligible at a month end and are assigned on the first day of the next month,
/// in three monthly cohorts that end early enough for every outcome window to close inside the data.
/// The treatment lowers the chance of rolling forward, raises digital activity and lifts satisfaction.
/// </summary>
internal sealed class PilotDesign
{
    public const string PilotId = "early-outreach";

    public const string Name = "Early outreach";

    public const string Owner = "Collections Strategy";

    public const int OutcomeWindowDays = 90;

    public const decimal PlannedSplit = 0.5m;

    /// <summary>Multiplies the probability of rolling from current and from 1-29 days past due.</summary>
    public const double RollProbabilityMultiplier = 0.55;

    /// <summary>Multiplies the daily rate of customer-initiated digital actions.</summary>
    public const double DigitalActivityMultiplier = 1.6;

    /// <summary>Added to the latent satisfaction behind survey scores.</summary>
    public const double SatisfactionShift = 0.7;

    /// <summary>Share of assigned customers, in either arm, who answer the follow-up survey.</summary>
    public const double FollowUpResponseRate = 0.4;

    /// <summary>Months from the first cohort to the last month; the last window ends inside the data.</summary>
    private const int FirstCohortMonthsBeforeLast = 5;

    private const int Cohorts = 3;

    public PilotDesign(PortfolioCalendar calendar)
    {
        FirstCohortIndex = calendar.Months - 1 - FirstCohortMonthsBeforeLast;
        LastCohortIndex = FirstCohortIndex + Cohorts - 1;
        StartDate = calendar.MonthStart(FirstCohortIndex);
        EndDate = calendar.MonthStart(LastCohortIndex).AddDays(OutcomeWindowDays);
    }

    /// <summary>The metrics the pilot is judged on with their kinds, primary first.</summary>
    public static IReadOnlyList<(string Metric, string Kind)> Metrics { get; } =
    [
        ("roll_to_30_plus_rate", "rate"),
        ("nps", "nps"),
        ("engagement_rate", "rate"),
    ];

    /// <summary>The <c>metrics</c> column: metric names separated by semicolons.</summary>
    public static string MetricList => string.Join(';', Metrics.Select(m => m.Metric));

    public int FirstCohortIndex { get; }

    public int LastCohortIndex { get; }

    /// <summary>First day customers were treated: the first cohort's assignment date.</summary>
    public DateOnly StartDate { get; }

    /// <summary>Last day customers were treated: the end of the last cohort's outcome window.</summary>
    public DateOnly EndDate { get; }

    /// <summary>Customers eligible at the end of the month before this one are assigned on its first day.</summary>
    public bool IsCohortMonth(int monthIndex) => monthIndex >= FirstCohortIndex && monthIndex <= LastCohortIndex;

    /// <summary>
    /// At risk and still treatable at a month end: active, no account charged off or 30+ days past due,
    /// and either an account already behind, a weak bureau score, or digital silence under stress signs.
    /// Only what the lender can see decides it.
    /// </summary>
    public static bool IsEligible(CustomerState customer, MonthOutcome month)
    {
        if (customer.Status != CustomerStatus.Active || month.Accounts.Count == 0)
        {
            return false;
        }

        if (month.Accounts.Any(a => a.IsChargedOff || a.DaysPastDue >= 30 || a.Movement == AccountMovement.Closed))
        {
            return false;
        }

        var behind = month.Accounts.Any(a => a.DaysPastDue > 0);
        var weakScore = customer.BureauScore < 600;
        var silent = customer.DigitalActionsLastMonth == 0 && customer.BureauScore < 640;
        return behind || weakScore || silent;
    }
}
