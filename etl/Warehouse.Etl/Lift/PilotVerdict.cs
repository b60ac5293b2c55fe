namespace Warehouse.Etl.Lift;

/// <summary>One row of <c>marts.pilot_verdicts</c>: the verdict on a whole pilot and why (see <see cref="PilotJudgement"/>).</summary>
public sealed record PilotVerdict
{
    public required string PilotId { get; init; }

    public required string PilotName { get; init; }

    /// <summary>randomised or observational; observational verdicts rest on difference-in-differences.</summary>
    public PilotDesign Design { get; init; }

    /// <summary>planned, running or complete.</summary>
    public required string Status { get; init; }

    public string? PrimaryMetric { get; init; }

    public Verdict Verdict { get; init; }

    /// <summary>Why, in plain words.</summary>
    public required string Reason { get; init; }

    /// <summary>Observed share of assigned customers in the pilot arm.</summary>
    public double? SrmPilotShare { get; init; }

    /// <summary>Planned share in the pilot arm.</summary>
    public double PlannedSplit { get; init; }

    /// <summary>p-value of the sample-ratio check; null without assignments.</summary>
    public double? SrmPValue { get; init; }

    /// <summary>Failing rows over all integrity checks of the pilot.</summary>
    public long IntegrityFailures { get; init; }

    /// <summary>False when the verdict is not decision-ready.</summary>
    public bool IsDecisionReady => Verdict != Verdict.NotDecisionReady;
}
