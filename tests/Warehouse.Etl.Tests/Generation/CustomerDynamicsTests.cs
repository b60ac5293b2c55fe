using Warehouse.Etl.Generation;

namespace Warehouse.Etl.Tests.Generation;

/// <summary>
/// The month step is what common random numbers rest on: the same state and draws must give the same
/// month, and the treatment must only move outcomes in the planted direction.
/// </summary>
public sealed class CustomerDynamicsTests
{
    private static readonly PortfolioCalendar Calendar = new(new DateOnly(2026, 10, 31), 12);

    private static readonly EarlyOutreachPilot Pilot = new(Calendar, portfolioCustomers: 3_000);

    [Fact]
    public void Two_copies_stepped_on_the_same_draws_live_the_same_months()
    {
        var people = new Random(1);
        var months = new Random(2);
        var draws = new MonthDraws();
        var compared = 0;

        for (var number = 1; number <= 300; number++)
        {
            var first = CustomerFactory.Create(number, 5, Calendar, people);
            var second = first.Clone();
            for (var month = 0; month < Calendar.Months; month++)
            {
                draws.Fill(months);
                var a = CustomerDynamics.Step(first, draws, Calendar, month, null, treated: false);
                var b = CustomerDynamics.Step(second, draws, Calendar, month, null, treated: false);

                Assert.Equal(Describe(a), Describe(b));
                compared++;
            }
        }

        Assert.Equal(300 * 12, compared);
    }

    [Fact]
    public void Treatment_never_adds_arrears_or_removes_digital_actions_and_acts_only_inside_the_window()
    {
        var people = new Random(3);
        var months = new Random(4);
        var draws = new MonthDraws();
        const int monthIndex = 6;
        var fewerArrears = 0;
        var moreActions = 0;

        for (var number = 1; number <= 3_000; number++)
        {
            var untreated = CustomerFactory.Create(number, 5, Calendar, people);
            var enrolment = new PilotEnrolment(Pilot, Calendar.MonthEnd(monthIndex - 1), isPilotArm: true, people);
            var treated = untreated.Clone();
            draws.Fill(months);

            var withTreatment = CustomerDynamics.Step(treated, draws, Calendar, monthIndex, enrolment, treated: true);
            var without = CustomerDynamics.Step(untreated, draws, Calendar, monthIndex, enrolment, treated: false);

            foreach (var (a, b) in withTreatment.Accounts.Zip(without.Accounts))
            {
                Assert.True(a.DaysPastDue <= b.DaysPastDue, $"customer {number}: treatment added arrears");
                fewerArrears += a.DaysPastDue < b.DaysPastDue ? 1 : 0;
            }

            for (var day = 0; day < withTreatment.DigitalByDay.Length; day++)
            {
                var (a, b) = (withTreatment.DigitalByDay[day], without.DigitalByDay[day]);
                var inWindow = enrolment.Covers(withTreatment.Day(day));
                Assert.True(inWindow ? a >= b : a == b, $"customer {number}, day {day + 1}");
                moreActions += a > b ? 1 : 0;
            }
        }

        Assert.True(fewerArrears > 0, "the treatment prevented no roll");
        Assert.True(moreActions > 0, "the treatment added no digital action");
    }

    private static string Describe(MonthOutcome month) =>
        string.Join(
            "|",
            month.Accounts
                .Select(a => $"{a.Account.AccountId}:{a.DaysPastDue}:{a.Balance}:{a.AmountDue}:{a.AmountPaid}")
                .Concat(month.Accounts.Select(a => $"{a.BureauScore}:{a.Movement}"))
                .Append(string.Join(",", month.DigitalByDay))
                .Concat(month.Surveys.Select(s => $"{s.RespondedAt:O}:{s.Survey}:{s.Score}")));
}
