namespace Warehouse.Etl.Generation;

/// <summary>
/// Simulates customers one at a time through every month and writes their rows as it goes. A customer
/// assigned to a pilot is simulated twice through the outcome window, treated and untreated, on the
/// same decision draws; the files receive the assigned arm's path and the pilot's truth tally receives
/// both. A customer joins at most one pilot; at a month end the pilots are offered the customer in order.
/// </summary>
internal sealed class CustomerSimulation(
    int idWidth,
    PortfolioCalendar calendar,
    IReadOnlyList<PilotTruthTally> pilots,
    Random random,
    PortfolioWriters writers)
{
    private readonly MonthDraws _draws = new();

    public void Run(int number)
    {
        var customer = CustomerFactory.Create(number, idWidth, calendar, random);
        var accountHistory = new List<AccountMonth>();
        PilotEnrolment? enrolment = null;
        PilotPaths? window = null;

        for (var monthIndex = 0; monthIndex < calendar.Months; monthIndex++)
        {
            _draws.Fill(random);
            MonthOutcome month;
            if (window is not null)
            {
                month = window.Step(_draws, calendar, monthIndex);
                customer = window.Observed;
                if (!enrolment!.Reaches(calendar.MonthStart(monthIndex).AddMonths(1)))
                {
                    window.Settle(pilots.Single(p => p.Pilot == enrolment.Pilot));
                    window = null;
                }
            }
            else
            {
                month = CustomerDynamics.Step(customer, _draws, calendar, monthIndex, null, treated: false);
            }

            Write(customer, month, enrolment, accountHistory);

            if (enrolment is null && month.IsOpen)
            {
                enrolment = Enrol(customer, month, monthIndex);
                window = enrolment is null ? null : new PilotPaths(enrolment, customer);
            }
        }

        WriteRisk(customer.CustomerId, accountHistory);
    }

    /// <summary>The first pilot that takes the customer at this month end, assigned on that day.</summary>
    private PilotEnrolment? Enrol(CustomerState customer, MonthOutcome month, int monthIndex)
    {
        foreach (var pilot in pilots.Select(p => p.Pilot).Where(p => p.IsCohortMonth(monthIndex)))
        {
            if (pilot.ChooseArm(customer, month, random) is { } isPilotArm)
            {
                var enrolment = new PilotEnrolment(pilot, calendar.MonthEnd(monthIndex), isPilotArm, random);
                writers.Pilots.WriteAssignment(enrolment, customer.CustomerId);
                return enrolment;
            }
        }

        return null;
    }

    private void Write(
        CustomerState customer, MonthOutcome month, PilotEnrolment? enrolment, List<AccountMonth> accountHistory)
    {
        if (!month.IsOpen)
        {
            return;
        }

        writers.Customers.Write(customer, month.MonthEnd);
        accountHistory.AddRange(month.Accounts);
        var events = EngagementDetails.Draw(customer, month, enrolment, random);
        foreach (var engagement in events)
        {
            writers.Engagement.Write(engagement, customer.CustomerId);
        }

        foreach (var answer in month.Surveys.OrderBy(s => s.RespondedAt))
        {
            writers.Surveys.Write(answer, customer.CustomerId);
        }
    }

    /// <summary>
    /// Risk rows wait for the customer's last month, because each carries whether the account is in
    /// default the month after: 90+ days past due or charged off. An account that closed does not default;
    /// the portfolio's last month is left unknown.
    /// </summary>
    private void WriteRisk(string customerId, List<AccountMonth> accountHistory)
    {
        var lastMonth = calendar.MonthEnd(calendar.Months - 1);
        foreach (var account in accountHistory.GroupBy(m => m.Account.AccountId))
        {
            var months = account.OrderBy(m => m.AsOfDate).ToList();
            for (var i = 0; i < months.Count; i++)
            {
                months[i].IsDefaultNextMonth = months[i].AsOfDate == lastMonth
                    ? null
                    : i + 1 < months.Count && months[i + 1].IsInDefault;
                writers.Risk.Write(months[i], customerId);
            }
        }
    }
}
