namespace Warehouse.Etl.Generation;

/// <summary>What one simulated month produced for one customer, before any row detail is drawn.</summary>
internal sealed class MonthOutcome
{
    public MonthOutcome(int monthIndex, DateOnly monthStart, DateOnly monthEnd)
    {
        MonthIndex = monthIndex;
        MonthStart = monthStart;
        MonthEnd = monthEnd;
        DigitalByDay = new int[monthEnd.Day];
    }

    public int MonthIndex { get; }

    public DateOnly MonthStart { get; }

    public DateOnly MonthEnd { get; }

    /// <summary>The customer relationship exists at the month end (it may have opened this month).</summary>
    public bool IsOpen { get; set; }

    public List<AccountMonth> Accounts { get; } = [];

    /// <summary>Customer-initiated digital actions per day; index 0 is the first of the month.</summary>
    public int[] DigitalByDay { get; }

    public List<SurveyAnswer> Surveys { get; } = [];

    public DateOnly Day(int index) => MonthStart.AddDays(index);
}
