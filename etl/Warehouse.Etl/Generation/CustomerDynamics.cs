namespace Warehouse.Etl.Generation;

/// <summary>
/// Moves one customer through one month using only the month's decision draws: financial stress,
/// status and attribute changes, daily digital actions, every account, the bureau score and survey
/// answers. Given the same state and draws it always returns the same outcome, which is what lets a
/// pilot customer be simulated under both arms.
/// </summary>
internal static class CustomerDynamics
{
    private const double RelationshipResponseRate = 0.035;
    private const double CollectionsResponseRate = 0.08;
    private const int MaximumDailyActions = 8;

    /// <param name="customer">State at the end of the previous month; moved to the end of this one.</param>
    /// <param name="draws">The month's decision draws.</param>
    /// <param name="calendar">The portfolio's months.</param>
    /// <param name="monthIndex">The month to simulate.</param>
    /// <param name="enrolment">The customer's pilot assignment while its outcome window reaches this month.</param>
    /// <param name="treated">Whether this simulated path receives the pilot's treatment.</param>
    public static MonthOutcome Step(
        CustomerState customer,
        MonthDraws draws,
        PortfolioCalendar calendar,
        int monthIndex,
        PilotEnrolment? enrolment,
        bool treated)
    {
        var month = new MonthOutcome(monthIndex, calendar.MonthStart(monthIndex), calendar.MonthEnd(monthIndex));
        if (customer.OpenDate > month.MonthEnd)
        {
            return month;
        }

        month.IsOpen = true;
        var joinsThisMonth = customer.OpenDate >= month.MonthStart;
        var wasBehind = customer.Accounts.Any(a => a.HasOpened && !a.IsClosed && !a.IsChargedOff && a.Cycles > 0);
        var closes = false;
        if (!joinsThisMonth && !customer.IsClosed)
        {
            MoveStress(customer, draws);
            ChangeAttributes(customer, draws);
            closes = MoveStatus(customer, draws.Status);
        }

        var firstDay = joinsThisMonth ? customer.OpenDate.Day - 1 : 0;
        DrawDigitalActions(customer, draws, month, firstDay, wasBehind, treated ? enrolment : null);

        var rollMultiplier = treated && enrolment is not null && enrolment.Covers(month.MonthEnd)
            ? enrolment.Pilot.RollProbabilityMultiplier
            : 1;
        for (var slot = 0; slot < customer.Accounts.Length; slot++)
        {
            var account = customer.Accounts[slot];
            var row = AccountDynamics.Step(account, customer, draws, slot, month, closes, rollMultiplier);
            if (row is not null)
            {
                month.Accounts.Add(row);
            }
        }

        MoveBureauScore(customer, draws, month);
        AnswerSurveys(customer, draws, month, firstDay, enrolment, treated);
        customer.DigitalActionsLastMonth = month.DigitalByDay.Sum();
        return month;
    }

    private static void MoveStress(CustomerState customer, MonthDraws draws)
    {
        // Mean-reverting, with rare shocks (a lost job, an illness) that take months to fade.
        var shock = draws.StressShock < 0.012 ? 1.6 : 0;
        customer.Stress = 0.85 * customer.Stress + 0.15 * customer.StressMean
            + 0.35 * Sampling.StandardNormal(draws.StressNormal) + shock;
    }

    private static void ChangeAttributes(CustomerState customer, MonthDraws draws)
    {
        if (draws.RegionChange < 0.002)
        {
            customer.Region = PortfolioVocabulary.Regions.PickOther(draws.RegionPick, customer.Region);
        }

        if (draws.SegmentChange < 0.003)
        {
            customer.Segment = PortfolioVocabulary.Segments.PickOther(draws.SegmentPick, customer.Segment);
        }

        if (draws.IncomeChange < 0.004)
        {
            var ladder = PortfolioVocabulary.IncomeLadder;
            var rung = ladder.ToList().IndexOf(customer.IncomeBand);
            var step = draws.IncomeDirection < 0.5 ? -1 : 1;
            var next = rung < 0 ? ladder.Count / 2 : Math.Clamp(rung + step, 0, ladder.Count - 1);
            customer.IncomeBand = ladder[next];
        }
    }

    /// <summary>Active and dormant customers swap now and then; one with every account current may close.</summary>
    private static bool MoveStatus(CustomerState customer, double uniform)
    {
        var canClose = customer.Accounts.All(a => !a.IsChargedOff && a.Cycles == 0);
        var (toOther, toClosed) = customer.Status == CustomerStatus.Active ? (0.004, 0.002) : (0.03, 0.003);
        if (uniform < toOther)
        {
            customer.Status = customer.Status == CustomerStatus.Active ? CustomerStatus.Dormant : CustomerStatus.Active;
            return false;
        }

        if (canClose && uniform < toOther + toClosed)
        {
            customer.Status = CustomerStatus.Closed;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Digital habit damped by stress and by arrears, so activity thins in the months before an account
    /// falls behind; a pilot's treatment raises it on the days of the window.
    /// </summary>
    private static void DrawDigitalActions(
        CustomerState customer,
        MonthDraws draws,
        MonthOutcome month,
        int firstDay,
        bool wasBehind,
        PilotEnrolment? treatment)
    {
        var statusFactor = customer.Status switch
        {
            CustomerStatus.Active => 1.0,
            CustomerStatus.Dormant => 0.2,
            _ => 0.0,
        };
        var rate = customer.DigitalRate * statusFactor
            * Math.Exp(-0.9 * Math.Max(0, customer.Stress))
            * (wasBehind ? 0.65 : 1);
        for (var day = firstDay; day < month.DigitalByDay.Length; day++)
        {
            var dayRate = treatment is not null && treatment.Covers(month.Day(day))
                ? rate * treatment.Pilot.DigitalActivityMultiplier
                : rate;
            month.DigitalByDay[day] = Sampling.Poisson(draws.Days[day], dayRate, MaximumDailyActions);
        }
    }

    private static void MoveBureauScore(CustomerState customer, MonthDraws draws, MonthOutcome month)
    {
        var cycles = customer.Accounts
            .Where(a => a.HasOpened && !a.IsChargedOff)
            .Select(a => a.Cycles)
            .DefaultIfEmpty(0)
            .Max();
        var chargedOff = customer.Accounts.Any(a => a.IsChargedOff);
        var score = customer.BaseScore - 40 * customer.Stress - 28 * Math.Min(cycles, 4) - (chargedOff ? 80 : 0)
            + 16 * (draws.ScoreNoise - 0.5);
        customer.BureauScore = (int)Math.Clamp(Math.Round(score), 300, 900);
        foreach (var row in month.Accounts)
        {
            row.BureauScore = customer.BureauScore;
        }
    }

    /// <summary>
    /// Relationship surveys reach any customer; collections surveys follow arrears; a pilot's follow-up
    /// reaches its assigned customers in either arm. Scores drop with arrears and low activity. Times of day
    /// keep the three surveys apart, so the latest answer of a day is never a tie.
    /// </summary>
    private static void AnswerSurveys(
        CustomerState customer,
        MonthDraws draws,
        MonthOutcome month,
        int firstDay,
        PilotEnrolment? enrolment,
        bool treated)
    {
        var behind = month.Accounts.Where(a => !a.IsChargedOff).Select(a => a.DaysPastDue).DefaultIfEmpty(0).Max();
        var chargedOff = month.Accounts.Any(a => a.IsChargedOff);
        var latent = customer.SatisfactionBase
            - (behind > 0 ? 1.3 : 0) - 0.012 * Math.Min(behind, 120) - (chargedOff ? 1.5 : 0)
            + 0.45 * Math.Log(1 + month.DigitalByDay.Sum()) - 0.25 * Math.Max(0, customer.Stress);

        var lastDay = month.DigitalByDay.Length - 1;
        if (!customer.IsClosed && draws.Relationship.Respond < RelationshipResponseRate)
        {
            var survey = draws.Relationship;
            var at = At(month, Sampling.Between(survey.Day, firstDay, lastDay), survey.Time, 8, 14);
            var touchpoint = PortfolioVocabulary.RelationshipTouchpoints.Pick(survey.Touchpoint);
            month.Surveys.Add(Answer(at, "relationship", latent, survey.Score, touchpoint, enrolment, treated));
        }

        if (behind > 0 && draws.Collections.Respond < CollectionsResponseRate)
        {
            var survey = draws.Collections;
            var at = At(month, Sampling.Between(survey.Day, firstDay, lastDay), survey.Time, 14, 20);
            month.Surveys.Add(Answer(at, "collections", latent, survey.Score, "collections", enrolment, treated));
        }

        if (enrolment is { FollowUpResponds: true } && DateOnly.FromDateTime(enrolment.FollowUpAt) is var day
            && day >= month.MonthStart && day <= month.MonthEnd)
        {
            var touchpoint = PortfolioVocabulary.FollowUpTouchpoints.Pick(enrolment.FollowUpTouchpoint);
            var (at, score) = (enrolment.FollowUpAt, enrolment.FollowUpScore);
            month.Surveys.Add(Answer(at, "pilot_follow_up", latent, score, touchpoint, enrolment, treated));
        }
    }

    private static SurveyAnswer Answer(
        DateTime at,
        string survey,
        double latent,
        double uniform,
        string touchpoint,
        PilotEnrolment? enrolment,
        bool treated)
    {
        var isTreated = treated && enrolment is not null && enrolment.Covers(DateOnly.FromDateTime(at));
        var shift = isTreated ? enrolment!.Pilot.SatisfactionShift : 0;
        var score = (int)Math.Clamp(Math.Round(latent + shift + 1.6 * Sampling.StandardNormal(uniform)), 0, 10);
        return new SurveyAnswer(at, survey, score, touchpoint);
    }

    private static DateTime At(MonthOutcome month, int day, double uniform, int fromHour, int toHour) =>
        month.Day(day).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)
            .AddSeconds(Sampling.Between(uniform, fromHour * 3600, toHour * 3600 - 1));
}
