namespace Warehouse.Etl.Generation;

/// <summary>
/// A randomised pilot: proactive digital outreach to customers at risk of falling behind, in three monthly
/// cohorts, split at random. The treatment lowers the chance of rolling forward, raises digital activity
/// and lifts satisfaction. It is judged on the 30+ rate (down), with NPS as a guardrail (not worse by more
/// than two points) and engagement, digital actions and paid over due as secondary metrics.
/// </summary>
internal sealed class EarlyOutreachPilot(PortfolioCalendar calendar, int portfolioCustomers)
    : PilotDesign(calendar, outcomeWindowDays: 90, firstCohortMonthsBeforeLast: 6, cohorts: 3)
{
    public const string Id = "early-outreach";

    /// <summary>Multiplies the probability of rolling from current and from 1-29 days past due.</summary>
    public const double RollMultiplier = 0.55;

    /// <summary>Multiplies the daily rate of customer-initiated digital actions.</summary>
    public const double DigitalMultiplier = 1.6;

    /// <summary>Added to the latent satisfaction behind survey scores.</summary>
    public const double Satisfaction = 0.7;

    /// <summary>The plan: about one customer in eight of the book is at risk in one of the cohort months.</summary>
    private const double PlannedShareOfBook = 0.13;

    public override string PilotId => Id;

    public override string Name => "Early outreach";

    public override string Owner => "Collections Strategy";

    public override string Design => "randomised";

    public override decimal PlannedSplit => 0.5m;

    public override int PlannedCustomers => Math.Max(2, (int)Math.Round(portfolioCustomers * PlannedShareOfBook));

    public override IReadOnlyList<PilotGoal> Goals { get; } =
    [
        new("roll_to_30_plus_rate", "rate", "primary", "decrease"),
        new("nps", "nps", "guardrail", "increase", Margin: 2m),
        new("engagement_rate", "rate", "secondary", "increase"),
        new("digital_actions", "count", "secondary", "increase"),
        new("paid_over_due", "ratio", "secondary", "increase"),
    ];

    public override double RollProbabilityMultiplier => RollMultiplier;

    public override double DigitalActivityMultiplier => DigitalMultiplier;

    public override double SatisfactionShift => Satisfaction;

    /// <summary>Eligible customers go to either arm at random with the planned split.</summary>
    public override bool? ChooseArm(CustomerState customer, MonthOutcome month, Random random) =>
        IsEligible(customer, month) ? random.NextDouble() < (double)PlannedSplit : null;

    /// <summary>
    /// At risk and still treatable at a month end: no account 30+ days past due, and either an account already
    /// behind, a weak bureau score, or digital silence under stress signs. Only what the lender sees decides it.
    /// </summary>
    public static bool IsEligible(CustomerState customer, MonthOutcome month)
    {
        if (!IsTreatable(customer, month) || month.Accounts.Any(a => a.DaysPastDue >= 30))
        {
            return false;
        }

        var behind = month.Accounts.Any(a => a.DaysPastDue > 0);
        var weakScore = customer.BureauScore < 600;
        var silent = customer.DigitalActionsLastMonth == 0 && customer.BureauScore < 640;
        return behind || weakScore || silent;
    }
}
