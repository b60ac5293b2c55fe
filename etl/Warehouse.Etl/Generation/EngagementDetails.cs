namespace Warehouse.Etl.Generation;

/// <summary>
/// Turns the observed path's month into engagement events: the digital actions it decided, plus the
/// contacts that follow from it (newsletters, collection reminders and calls, promises to pay, payments,
/// a pilot's outreach). Times, channels and contact attempts are drawn here, for the observed path only;
/// none of them changes a pilot metric.
/// </summary>
internal static class EngagementDetails
{
    private const double NewsletterShare = 0.3;
    private const double PromiseShare = 0.5;
    private const int OutreachEveryDays = 14;

    public static List<EngagementEvent> Draw(
        CustomerState customer, MonthOutcome month, PilotEnrolment? enrolment, Random random)
    {
        var events = new List<EngagementEvent>();
        var firstDay = customer.OpenDate >= month.MonthStart ? customer.OpenDate.Day - 1 : 0;
        var lastDay = month.DigitalByDay.Length - 1;

        AddDigitalActions(month, events, random);
        if (customer.Status != CustomerStatus.Closed && random.NextDouble() < NewsletterShare)
        {
            var day = Math.Max(firstDay, Sampling.Between(random.NextDouble(), 2, 5));
            var at = At(month, day, random, 9, 10);
            events.Add(new EngagementEvent(at, "email", "outbound", "message", CampaignId: "monthly-newsletter"));
        }

        foreach (var account in month.Accounts)
        {
            var promise = AddCollections(account, month, firstDay, events, random);
            AddPayment(account, month, firstDay, lastDay, promise, events, random);
        }

        if (enrolment is { IsPilotArm: true })
        {
            AddOutreach(month, enrolment, events, random);
        }

        // Within a month events go out in time order; the sequence keeps equal times in a fixed order.
        return events
            .Select((engagement, sequence) => (engagement, sequence))
            .OrderBy(pair => pair.engagement.At)
            .ThenBy(pair => pair.sequence)
            .Select(pair => pair.engagement)
            .ToList();
    }

    private static void AddDigitalActions(MonthOutcome month, List<EngagementEvent> events, Random random)
    {
        for (var day = 0; day < month.DigitalByDay.Length; day++)
        {
            for (var action = 0; action < month.DigitalByDay[day]; action++)
            {
                var eventType = PortfolioVocabulary.DigitalActions.Pick(random.NextDouble());
                var channel = PortfolioVocabulary.DigitalChannel(eventType, random.NextDouble());
                var at = At(month, day, random, 7, 24);
                decimal? spend = eventType == "purchase"
                    ? decimal.Round(5m + 245m * (decimal)Math.Pow(random.NextDouble(), 2), 2)
                    : null;
                events.Add(new EngagementEvent(at, channel, "inbound", eventType, Amount: spend));
            }
        }
    }

    /// <summary>Reminders and calls for an account behind; a connected call may end in a promise to pay.</summary>
    private static EngagementEvent? AddCollections(
        AccountMonth account, MonthOutcome month, int firstDay, List<EngagementEvent> events, Random random)
    {
        if (account.Movement == AccountMovement.InRecovery)
        {
            if (random.NextDouble() < 0.5)
            {
                var outcome = PortfolioVocabulary.OutboundCallOutcomes.Pick(random.NextDouble());
                var day = Sampling.Between(random.NextDouble(), firstDay, month.DigitalByDay.Length - 1);
                var at = At(month, day, random, 9, 19);
                events.Add(new EngagementEvent(at, "phone", "outbound", "call", outcome, "recovery"));
            }

            return null;
        }

        if (account.PreviousCycles == 0)
        {
            return null;
        }

        var campaign = account.PreviousCycles <= 2 ? "collections-early" : "collections-late";
        var reminderDay = Math.Max(firstDay, Sampling.Between(random.NextDouble(), 1, 4));
        var remindedAt = At(month, reminderDay, random, 8, 12);
        events.Add(new EngagementEvent(remindedAt, "sms", "outbound", "message", CampaignId: campaign));
        if (account.PreviousCycles >= 3)
        {
            // Late arrears also get the formal arrears notice by post.
            var noticeDay = Math.Max(firstDay, Sampling.Between(random.NextDouble(), 0, 2));
            var sentAt = At(month, noticeDay, random, 6, 7);
            events.Add(new EngagementEvent(sentAt, "letter", "outbound", "message", CampaignId: campaign));
        }

        EngagementEvent? promise = null;
        var attempts = Sampling.Between(random.NextDouble(), 1, Math.Min(4, 1 + account.PreviousCycles));
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var day = Sampling.Between(random.NextDouble(), Math.Max(firstDay, 4), month.DigitalByDay.Length - 4);
            var at = At(month, day, random, 9, 19);
            var outcome = PortfolioVocabulary.OutboundCallOutcomes.Pick(random.NextDouble());
            events.Add(new EngagementEvent(at, "phone", "outbound", "call", outcome, campaign));
            if (outcome == "connected" && promise is null && account.Arrears > 0 && random.NextDouble() < PromiseShare)
            {
                var daysToPay = Sampling.Between(random.NextDouble(), 2, 10);
                var dueDay = Math.Min(month.DigitalByDay.Length - 1, day + daysToPay);
                var dueDate = month.Day(dueDay);
                promise = new EngagementEvent(
                    at.AddMinutes(4), "phone", "outbound", "promise_to_pay", CampaignId: campaign,
                    PromiseAmount: account.Arrears, PromiseDueDate: dueDate);
                events.Add(promise);
            }
        }

        return promise;
    }

    /// <summary>
    /// The month's payment as one event. A payment that covers a promise lands between the promise and its
    /// due date, so the promise counts as kept; a smaller one lands after the due date where the month allows.
    /// </summary>
    private static void AddPayment(
        AccountMonth account, MonthOutcome month, int firstDay, int lastDay, EngagementEvent? promise,
        List<EngagementEvent> events, Random random)
    {
        if (account.AmountPaid <= 0)
        {
            return;
        }

        var (from, to) = (firstDay, lastDay);
        if (promise is { PromiseDueDate: { } dueDate })
        {
            var promiseDay = promise.At.Day - 1;
            (from, to) = account.AmountPaid >= promise.PromiseAmount
                ? (promiseDay, dueDate.Day - 1)
                : (Math.Min(lastDay, dueDate.Day), lastDay);
        }

        var channel = PortfolioVocabulary.PaymentChannels.Pick(random.NextDouble());
        var day = Sampling.Between(random.NextDouble(), from, to);
        var at = At(month, day, random, 6, 22);
        if (promise is not null && day == promise.At.Day - 1 && at <= promise.At)
        {
            at = promise.At.AddMinutes(30);
        }

        events.Add(new EngagementEvent(at, channel, "inbound", "payment", Amount: account.AmountPaid));
    }

    /// <summary>The pilot arm's messages: one the day after assignment, then every two weeks in the window.</summary>
    private static void AddOutreach(
        MonthOutcome month, PilotEnrolment enrolment, List<EngagementEvent> events, Random random)
    {
        for (var day = enrolment.AssignedDate.AddDays(1); enrolment.Covers(day); day = day.AddDays(OutreachEveryDays))
        {
            if (day < month.MonthStart || day > month.MonthEnd)
            {
                continue;
            }

            var channel = PortfolioVocabulary.OutreachChannels.Pick(random.NextDouble());
            var at = At(month, day.Day - 1, random, 10, 18);
            events.Add(new EngagementEvent(at, channel, "outbound", "message", CampaignId: enrolment.Pilot.PilotId));
        }
    }

    private static DateTime At(MonthOutcome month, int day, Random random, int fromHour, int toHour) =>
        month.Day(day).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)
            .AddSeconds(Sampling.Between(random.NextDouble(), fromHour * 3600, toHour * 3600 - 1));
}
