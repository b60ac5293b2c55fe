namespace Warehouse.Etl.Generation;

/// <summary>
/// Sums each pilot metric over the assigned customers four ways: had every customer been treated, had
/// none been, and as observed in each assigned arm.
/// </summary>
internal sealed class PilotTruthTally
{
    private readonly Dictionary<string, MetricSums> _sums =
        PilotDesign.Metrics.ToDictionary(m => m.Metric, _ => new MetricSums());
    private int _pilotCustomers;
    private int _controlCustomers;

    public void Add(PilotEnrolment enrolment, WindowOutcome treatedPath, WindowOutcome untreatedPath)
    {
        if (enrolment.IsPilotArm)
        {
            _pilotCustomers++;
        }
        else
        {
            _controlCustomers++;
        }

        foreach (var (metric, _) in PilotDesign.Metrics)
        {
            var sums = _sums[metric];
            var treated = treatedPath.Value(metric);
            var untreated = untreatedPath.Value(metric);
            sums.IfAllPilot.Add(treated);
            sums.IfAllControl.Add(untreated);
            if (enrolment.IsPilotArm)
            {
                sums.ObservedPilot.Add(treated);
            }
            else
            {
                sums.ObservedControl.Add(untreated);
            }
        }
    }

    public PlantedPilot ToPlantedPilot()
    {
        var effects = PilotDesign.Metrics
            .Select(m =>
            {
                var sums = _sums[m.Metric];
                var ifAllPilot = sums.IfAllPilot.Mean;
                var ifAllControl = sums.IfAllControl.Mean;
                return new PlantedEffect(
                    m.Metric,
                    m.Kind,
                    sums.IfAllPilot.Count,
                    sums.IfAllControl.Count,
                    ifAllPilot,
                    ifAllControl,
                    ifAllPilot - ifAllControl,
                    sums.ObservedPilot.Count,
                    sums.ObservedControl.Count,
                    sums.ObservedPilot.Mean,
                    sums.ObservedControl.Mean);
            })
            .ToList();

        return new PlantedPilot(
            PilotDesign.PilotId,
            _pilotCustomers + _controlCustomers,
            _pilotCustomers,
            _controlCustomers,
            PilotDesign.PlannedSplit,
            PilotDesign.OutcomeWindowDays,
            PilotDesign.RollProbabilityMultiplier,
            PilotDesign.DigitalActivityMultiplier,
            PilotDesign.SatisfactionShift,
            effects);
    }

    private sealed class MetricSums
    {
        public RunningMean IfAllPilot { get; } = new();

        public RunningMean IfAllControl { get; } = new();

        public RunningMean ObservedPilot { get; } = new();

        public RunningMean ObservedControl { get; } = new();
    }

    private sealed class RunningMean
    {
        public int Count { get; private set; }

        private double Sum { get; set; }

        public double? Mean => Count == 0 ? null : Sum / Count;

        public void Add(double? value)
        {
            if (value is { } present)
            {
                Count++;
                Sum += present;
            }
        }
    }
}
