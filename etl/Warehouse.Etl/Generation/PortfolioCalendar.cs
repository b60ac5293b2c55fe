namespace Warehouse.Etl.Generation;

/// <summary>The month ends a generated portfolio covers, oldest first; month index 0 is the first.</summary>
internal sealed class PortfolioCalendar
{
    private readonly DateOnly[] _monthEnds;

    public PortfolioCalendar(DateOnly lastMonthEnd, int months)
    {
        var lastStart = new DateOnly(lastMonthEnd.Year, lastMonthEnd.Month, 1);
        _monthEnds = Enumerable.Range(0, months)
            .Select(i => lastStart.AddMonths(i - (months - 1)))
            .Select(start => start.AddMonths(1).AddDays(-1))
            .ToArray();
    }

    public int Months => _monthEnds.Length;

    /// <summary>First day of the first month.</summary>
    public DateOnly FirstDay => MonthStart(0);

    public DateOnly MonthEnd(int index) => _monthEnds[index];

    public DateOnly MonthStart(int index) => new(_monthEnds[index].Year, _monthEnds[index].Month, 1);

    public int DaysIn(int index) => _monthEnds[index].Day;

    /// <summary>Index of the month holding a day; negative before the first month.</summary>
    public int IndexOf(DateOnly day) =>
        (day.Year - FirstDay.Year) * 12 + day.Month - FirstDay.Month;
}
