namespace Warehouse.Etl.Generation;

/// <summary>
/// Simulates customers one at a time through every month and writes their rows as it goes. A customer
/// assigned to the pilot is simulated twice through the outcome window, treated and untreated, on the
/// same decision draws; the files receive the assigned arm's path and the truth tally receives both.
/// </summary>
internal sealed class CustomerSimulation(
    int idWidth,
    PortfolioCalendar calendar,
    PilotDesign pilot,
    Random random,
    PortfolioWriters writers,
    PilotTruthTally truth)
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
                    window.Settle(truth);
                    window = null;
                }
            }
            else
            {
                month = CustomerDynamics.Step(customer, _draws, calendar, monthIndex, null, treated: false);
            }

            Write(customer, month, enrolment, accountHistory);

            var canEnrol = enrolment is null && month.IsOpen && pilot.IsCohortMonth(monthIndex + 1);
            if (canEnrol && PilotDesign.IsEligible(customer, month))
            {
                var isPilotArm = random.NextDouble() < (double)PilotDesign.PlannedSplit;
                enrolment = new PilotEnrolment(calendar.MonthStart(monthIndex + 1), isPilotArm, random);
                writers.Pilots.WriteAssignment(enrolment, customer.CustomerId);
                window = new PilotPaths(enrolment, customer);
            }
        }

        WriteRisk(customer.CustomerId, accountHistory);
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
