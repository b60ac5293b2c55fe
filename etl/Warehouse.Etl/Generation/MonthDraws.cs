namespace Warehouse.Etl.Generation;

/// <summary>
/// Every uniform draw that decides how a customer's state moves in one month: stress, status and
/// attribute changes, each account's transition and payments, each day's digital actions, survey
/// responses. The block has a fixed size and is drawn in a fixed order whatever the customer's state, so
/// a customer simulated under both pilot arms sees the same draws in both (common random numbers).
/// Details that decide nothing (times of day, channels, contact attempts) are drawn afterwards, for the
/// observed arm only.
/// </summary>
internal sealed class MonthDraws
{
    public const int AccountSlots = 2;

    public const int DaySlots = 31;

    public double StressNormal { get; private set; }

    public double StressShock { get; private set; }

    public double Status { get; private set; }

    public double RegionChange { get; private set; }

    public double RegionPick { get; private set; }

    public double SegmentChange { get; private set; }

    public double SegmentPick { get; private set; }

    public double IncomeChange { get; private set; }

    public double IncomeDirection { get; private set; }

    public double ScoreNoise { get; private set; }

    public double[] Transition { get; } = new double[AccountSlots];

    /// <summary>Draw for the days past due of an account that falls behind this month.</summary>
    public double Offset { get; private set; }

    public double[] Spend { get; } = new double[AccountSlots];

    public double[] Payment { get; } = new double[AccountSlots];

    /// <summary>One draw per day of the month for the count of digital actions that day.</summary>
    public double[] Days { get; } = new double[DaySlots];

    public SurveyDraws Relationship { get; } = new();

    public SurveyDraws Collections { get; } = new();

    public void Fill(Random random)
    {
        StressNormal = random.NextDouble();
        StressShock = random.NextDouble();
        Status = random.NextDouble();
        RegionChange = random.NextDouble();
        RegionPick = random.NextDouble();
        SegmentChange = random.NextDouble();
        SegmentPick = random.NextDouble();
        IncomeChange = random.NextDouble();
        IncomeDirection = random.NextDouble();
        ScoreNoise = random.NextDouble();
        Offset = random.NextDouble();
        for (var slot = 0; slot < AccountSlots; slot++)
        {
            Transition[slot] = random.NextDouble();
            Spend[slot] = random.NextDouble();
            Payment[slot] = random.NextDouble();
        }

        for (var day = 0; day < DaySlots; day++)
        {
            Days[day] = random.NextDouble();
        }

        Relationship.Fill(random);
        Collections.Fill(random);
    }
}
