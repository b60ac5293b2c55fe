namespace Warehouse.Etl.Lift;

/// <summary>
/// The sample-ratio check of a pilot: does the split of assigned customers between the arms match the
/// planned split? A chi-square goodness-of-fit test with one degree of freedom on the two arm counts.
/// A mismatch (p below <see cref="MismatchThreshold"/>) means assignment or data capture is broken, and
/// the pilot's lift figures should not be trusted until it is explained.
/// </summary>
public sealed record SampleRatioCheck
{
    /// <summary>The p-value below which the split counts as a mismatch.</summary>
    public const double MismatchThreshold = 0.001;

    private SampleRatioCheck(long pilotCustomers, long controlCustomers, double plannedShare)
    {
        PilotCustomers = pilotCustomers;
        ControlCustomers = controlCustomers;
        PlannedShare = plannedShare;
    }

    /// <summary>Customers assigned to the pilot arm.</summary>
    public long PilotCustomers { get; }

    /// <summary>Customers assigned to the control arm.</summary>
    public long ControlCustomers { get; }

    /// <summary>Planned share of assigned customers in the pilot arm, strictly between 0 and 1.</summary>
    public double PlannedShare { get; }

    /// <summary>Observed share in the pilot arm; <see langword="null"/> when nobody is assigned.</summary>
    public double? ObservedShare { get; private init; }

    /// <summary>Σ (observed − expected)² / expected over both arms; null without assignments.</summary>
    public double? ChiSquare { get; private init; }

    /// <summary>Upper tail of chi-square with 1 df at <see cref="ChiSquare"/>; finite and positive, or null.</summary>
    public double? PValue { get; private init; }

    /// <summary>True when <see cref="PValue"/> is below <see cref="MismatchThreshold"/>.</summary>
    public bool IsMismatch => PValue < MismatchThreshold;

    /// <summary>Checks arm counts against the planned share of the pilot arm.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A count is negative, or the planned share is not strictly between 0 and 1.
    /// </exception>
    public static SampleRatioCheck Compute(long pilotCustomers, long controlCustomers, double plannedShare)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pilotCustomers);
        ArgumentOutOfRangeException.ThrowIfNegative(controlCustomers);
        if (!(plannedShare is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(plannedShare), plannedShare, "The planned split must be strictly between 0 and 1.");
        }

        var check = new SampleRatioCheck(pilotCustomers, controlCustomers, plannedShare);
        double total = pilotCustomers + controlCustomers;
        if (total == 0)
        {
            return check;
        }

        var expectedPilot = total * plannedShare;
        var expectedControl = total * (1 - plannedShare);
        var pilotGap = pilotCustomers - expectedPilot;
        var controlGap = controlCustomers - expectedControl;
        var chiSquare = pilotGap * pilotGap / expectedPilot + controlGap * controlGap / expectedControl;
        return check with
        {
            ObservedShare = pilotCustomers / total,
            ChiSquare = chiSquare,
            PValue = TailProbability.ChiSquaredUpper(chiSquare, degreesOfFreedom: 1),
        };
    }
}
