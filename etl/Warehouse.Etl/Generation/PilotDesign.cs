namespace Warehouse.Etl.Generation;

/// <summary>
/// A pilot a generated portfolio runs: what it declares (its <c>pilots</c> row and <c>pilot_goals</c> rows),
/// when it assigns customers, how it chooses them and splits them into arms, and the treatment planted in
/// its pilot arm. Customers are judged on what the lender sees at the end of a cohort month and assigned on
/// that month end; the outcome window starts the next day, so month-end amounts in it all postdate the
/// assignment. Every cohort's window closes inside the data.
/// </summary>
internal abstract class PilotDesign
{
    protected PilotDesign(
        PortfolioCalendar calendar, int outcomeWindowDays, int firstCohortMonthsBeforeLast, int cohorts)
    {
        OutcomeWindowDays = outcomeWindowDays;
        FirstCohortIndex = Math.Max(0, calendar.Months - 1 - firstCohortMonthsBeforeLast);
        LastCohortIndex = FirstCohortIndex + cohorts - 1;
        StartDate = calendar.MonthEnd(FirstCohortIndex);
        EndDate = calendar.MonthEnd(LastCohortIndex).AddDays(outcomeWindowDays);
    }

    public abstract string PilotId { get; }

    public abstract string Name { get; }

    public abstract string Owner { get; }

    /// <summary><c>randomised</c> or <c>observational</c>, as the pilots contract spells it.</summary>
    public abstract string Design { get; }

    /// <summary>Planned share of assigned customers in the pilot arm.</summary>
    public abstract decimal PlannedSplit { get; }

    /// <summary>Planned number of assigned customers, both arms.</summary>
    public abstract int PlannedCustomers { get; }

    /// <summary>The goals the pilot declares, primary first.</summary>
    public abstract IReadOnlyList<PilotGoal> Goals { get; }

    /// <summary>Multiplies, at treated month ends, the probability of rolling from current and from 1-29.</summary>
    public virtual double RollProbabilityMultiplier => 1;

    /// <summary>Multiplies the daily rate of customer-initiated digital actions on treated days.</summary>
    public virtual double DigitalActivityMultiplier => 1;

    /// <summary>Added to the latent satisfaction behind survey scores answered on treated days.</summary>
    public virtual double SatisfactionShift => 0;

    /// <summary>Share of assigned customers, in either arm, who answer the pilot's follow-up survey.</summary>
    public virtual double FollowUpResponseRate => 0.4;

    /// <summary>Days after the assignment date during which outcomes count.</summary>
    public int OutcomeWindowDays { get; }

    public int FirstCohortIndex { get; }

    public int LastCohortIndex { get; }

    /// <summary>The first cohort's assignment date; treatment starts the day after.</summary>
    public DateOnly StartDate { get; }

    /// <summary>The end of the last cohort's outcome window.</summary>
    public DateOnly EndDate { get; }

    /// <summary>An observational pilot chose its arms; its true effect is the effect on the pilot arm.</summary>
    public bool IsObservational => Design == "observational";

    /// <summary>Customers are assigned on the last day of a cohort month.</summary>
    public bool IsCohortMonth(int monthIndex) => monthIndex >= FirstCohortIndex && monthIndex <= LastCohortIndex;

    /// <summary>
    /// Whether the pilot takes the customer at this cohort month end, and into which arm: true for the pilot
    /// arm, false for control, null when not taken. Draws from <paramref name="random"/> only for customers
    /// the pilot considers, so the rest of the simulation keeps its draws.
    /// </summary>
    public abstract bool? ChooseArm(CustomerState customer, MonthOutcome month, Random random);

    /// <summary>
    /// Active, with accounts, none charged off or closing this month: what every pilot asks of a customer.
    /// </summary>
    protected static bool IsTreatable(CustomerState customer, MonthOutcome month) =>
        customer.Status == CustomerStatus.Active
        && month.Accounts.Count > 0
        && month.Accounts.All(a => !a.IsChargedOff && a.Movement != AccountMovement.Closed);
}
