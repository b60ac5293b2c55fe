namespace Warehouse.Etl.Generation;

/// <summary>The uniform draws behind one possible survey response: whether, when, and how it scores.</summary>
internal sealed class SurveyDraws
{
    public double Respond { get; private set; }

    public double Day { get; private set; }

    public double Time { get; private set; }

    public double Score { get; private set; }

    public double Touchpoint { get; private set; }

    public void Fill(Random random)
    {
        Respond = random.NextDouble();
        Day = random.NextDouble();
        Time = random.NextDouble();
        Score = random.NextDouble();
        Touchpoint = random.NextDouble();
    }
}
