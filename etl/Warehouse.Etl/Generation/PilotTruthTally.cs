namespace Warehouse.Etl.Generation;

/// <summary>
/// Sums each goal metric of one pilot four ways: had every customer of the effect population been treated,
/// had none been, and as observed in each assigned arm. The effect population is every assigned customer
/// of a randomised pilot (the average effect) and the pilot arm of an observational one (the effect on
/// the treated, which difference-in-differences estimates). A metric's value over a set of customers is
/// the sum of their values over the sum of their denominators: the mean, or for a ratio the ratio of sums.
/// </summary>
internal sealed class PilotTruthTally(PilotDesign pilot)
{
    private readonly Dictionary<string, MetricSums> _sums =
        pilot.Goals.ToDictionary(g => g.Metric, _ => new MetricSums());
    private int _pilotCustomers;
    private int _controlCustomers;

    public PilotDesign Pilot => pilot;

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

        var isInEffectPopulation = enrolment.IsPilotArm || !pilot.IsObservational;
        foreach (var goal in pilot.Goals)
        {
            var sums = _sums[goal.Metric];
            var treated = treatedPath.Measure(goal.Metric);
            var untreated = untreatedPath.Measure(goal.Metric);
            if (isInEffectPopulation)
            {
                sums.IfAllPilot.Add(treated);
                sums.IfAllControl.Add(untreated);
            }

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
        var effects = pilot.Goals
            .Select(g =>
            {
                var sums = _sums[g.Metric];
                var ifAllPilot = sums.IfAllPilot.Value;
                var ifAllControl = sums.IfAllControl.Value;
                return new PlantedEffect(
                    g.Metric,
                    g.Kind,
                    g.Role,
                    sums.IfAllPilot.Count,
                    sums.IfAllControl.Count,
                    ifAllPilot,
                    ifAllControl,
                    ifAllPilot - ifAllControl,
                    sums.ObservedPilot.Count,
                    sums.ObservedControl.Count,
                    sums.ObservedPilot.Value,
                    sums.ObservedControl.Value);
            })
            .ToList();

        return new PlantedPilot(
            pilot.PilotId,
            pilot.Design,
            _pilotCustomers + _controlCustomers,
            _pilotCustomers,
            _controlCustomers,
            pilot.PlannedSplit,
            pilot.PlannedCustomers,
            pilot.OutcomeWindowDays,
            pilot.RollProbabilityMultiplier,
            pilot.DigitalActivityMultiplier,
            pilot.SatisfactionShift,
            effects);
    }

    private sealed class MetricSums
    {
        public RatioOfSums IfAllPilot { get; } = new();

        public RatioOfSums IfAllControl { get; } = new();

        public RatioOfSums ObservedPilot { get; } = new();

        public RatioOfSums ObservedControl { get; } = new();
    }

    private sealed class RatioOfSums
    {
        public int Count { get; private set; }

        private double Sum { get; set; }

        private double DenominatorSum { get; set; }

        public double? Value => Count == 0 || DenominatorSum == 0 ? null : Sum / DenominatorSum;

        public void Add((double Value, double Denominator)? measured)
        {
            if (measured is { } present)
            {
                Count++;
                Sum += present.Value;
                DenominatorSum += present.Denominator;
            }
        }
    }
}
