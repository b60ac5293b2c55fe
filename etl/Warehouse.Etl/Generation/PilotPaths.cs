namespace Warehouse.Etl.Generation;

/// <summary>
/// An assigned customer's two paths through the outcome window, one treated and one not, stepped on the
/// same draws. The assigned arm's path is the one the files see; both feed the truth.
/// </summary>
internal sealed class PilotPaths(PilotEnrolment enrolment, CustomerState customer)
{
    private readonly CustomerState _treated = customer.Clone();
    private readonly CustomerState _untreated = customer.Clone();
    private readonly WindowOutcome _treatedOutcome = new();
    private readonly WindowOutcome _untreatedOutcome = new();

    public PilotEnrolment Enrolment => enrolment;

    /// <summary>The assigned arm's path.</summary>
    public CustomerState Observed => enrolment.IsPilotArm ? _treated : _untreated;

    /// <summary>Steps both paths through a month and returns the assigned arm's month.</summary>
    public MonthOutcome Step(MonthDraws draws, PortfolioCalendar calendar, int monthIndex)
    {
        var treated = CustomerDynamics.Step(_treated, draws, calendar, monthIndex, enrolment, treated: true);
        var untreated = CustomerDynamics.Step(_untreated, draws, calendar, monthIndex, enrolment, treated: false);
        _treatedOutcome.Record(treated, enrolment);
        _untreatedOutcome.Record(untreated, enrolment);
        return enrolment.IsPilotArm ? treated : untreated;
    }

    /// <summary>Adds both paths' outcomes to the truth once the window has closed.</summary>
    public void Settle(PilotTruthTally truth) => truth.Add(enrolment, _treatedOutcome, _untreatedOutcome);
}
