namespace Warehouse.Etl.Generation;

/// <summary>
/// One customer's assignment to a pilot, with the draws of the follow-up survey that both simulated
/// arms share. The outcome window holds the days d with <see cref="AssignedDate"/> &lt; d &lt;=
/// <see cref="WindowEndDate"/>.
/// </summary>
internal sealed class PilotEnrolment
{
    public PilotEnrolment(PilotDesign pilot, DateOnly assignedDate, bool isPilotArm, Random random)
    {
        Pilot = pilot;
        AssignedDate = assignedDate;
        WindowEndDate = assignedDate.AddDays(pilot.OutcomeWindowDays);
        IsPilotArm = isPilotArm;
        FollowUpResponds = random.NextDouble() < pilot.FollowUpResponseRate;

        // The follow-up invitation goes out late in the window; answers come within its last two weeks.
        var daysIn = pilot.OutcomeWindowDays - 14 + Sampling.Between(random.NextDouble(), 0, 13);
        var day = assignedDate.AddDays(daysIn);
        var secondOfDay = Sampling.Between(random.NextDouble(), 20 * 3600, 23 * 3600 - 1);
        FollowUpAt = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddSeconds(secondOfDay);
        FollowUpScore = random.NextDouble();
        FollowUpTouchpoint = random.NextDouble();
    }

    public PilotDesign Pilot { get; }

    public DateOnly AssignedDate { get; }

    public DateOnly WindowEndDate { get; }

    public bool IsPilotArm { get; }

    public string Arm => IsPilotArm ? "pilot" : "control";

    public bool FollowUpResponds { get; }

    public DateTime FollowUpAt { get; }

    public double FollowUpScore { get; }

    public double FollowUpTouchpoint { get; }

    public bool Covers(DateOnly day) => day > AssignedDate && day <= WindowEndDate;

    /// <summary>The window reaches into a month that starts on <paramref name="monthStart"/>.</summary>
    public bool Reaches(DateOnly monthStart) => monthStart <= WindowEndDate;
}
