namespace Warehouse.Etl.Generation;

/// <summary>
/// An observational pilot: digital coaching offered to customers of the two lower income bands, whom the
/// lender counts as higher risk, in two monthly cohorts; a sample of customers of the other bands forms the
/// comparison group. The arms differ before treatment (more stress, less digital activity in the pilot
/// arm), so a plain comparison is biased and difference-in-differences against the pre-period is the
/// estimate to use. Income bands are stable traits, so both groups keep their own level without treatment.
/// The treatment raises digital activity only. It is judged on digital actions (up), with engagement as a
/// secondary metric and NPS as a guardrail.
/// </summary>
internal sealed class DigitalCoachingPilot(PortfolioCalendar calendar, int portfolioCustomers)
    : PilotDesign(calendar, outcomeWindowDays: 60, firstCohortMonthsBeforeLast: 4, cohorts: 2)
{
    public const string Id = "digital-coaching";

    /// <summary>Multiplies the daily rate of customer-initiated digital actions.</summary>
    public const double DigitalMultiplier = 1.5;

    /// <summary>Share of the treatable customers of the chosen bands the programme takes each cohort month.</summary>
    private const double PilotTakeRate = 0.15;

    /// <summary>
    /// Share of the other bands' treatable customers sampled into the comparison group. The chosen bands hold
    /// 40% of customers and the others 60%, but fewer of the chosen are treatable and free of the other
    /// pilot; this rate plans arms of about the same size.
    /// </summary>
    private const double ComparisonTakeRate = 0.08;

    /// <summary>The plan: about one customer in nine of the book across the two cohort months.</summary>
    private const double PlannedShareOfBook = 0.11;

    public override string PilotId => Id;

    public override string Name => "Digital coaching";

    public override string Owner => "Customer Engagement";

    public override string Design => "observational";

    public override decimal PlannedSplit => 0.5m;

    public override int PlannedCustomers => Math.Max(2, (int)Math.Round(portfolioCustomers * PlannedShareOfBook));

    public override IReadOnlyList<PilotGoal> Goals { get; } =
    [
        new("digital_actions", "count", "primary", "increase"),
        new("engagement_rate", "rate", "secondary", "increase"),
        new("nps", "nps", "guardrail", "increase", Margin: 2m),
    ];

    public override double DigitalActivityMultiplier => DigitalMultiplier;

    /// <summary>The lower income bands go to the pilot arm, the others to the comparison group.</summary>
    public override bool? ChooseArm(CustomerState customer, MonthOutcome month, Random random)
    {
        if (!IsTreatable(customer, month))
        {
            return null;
        }

        var isChosenBand = customer.IncomeBand is "low" or "lower_middle";
        var takeRate = isChosenBand ? PilotTakeRate : ComparisonTakeRate;
        return random.NextDouble() < takeRate ? isChosenBand : null;
    }
}
