namespace Warehouse.Etl.Generation;

/// <summary>A fixed list of values with weights, drawn from with one uniform draw.</summary>
internal sealed class WeightedChoice
{
    private readonly string[] _values;
    private readonly double[] _cumulativeShares;

    public WeightedChoice(params (string Value, double Weight)[] options)
    {
        _values = options.Select(o => o.Value).ToArray();
        var total = options.Sum(o => o.Weight);
        var running = 0.0;
        _cumulativeShares = options.Select(o => (running += o.Weight) / total).ToArray();
    }

    public IReadOnlyList<string> Values => _values;

    public string Pick(double uniform) => _values[Sampling.Pick(uniform, _cumulativeShares)];

    /// <summary>A value other than <paramref name="current"/>, for an attribute that changes.</summary>
    public string PickOther(double uniform, string current)
    {
        var others = _values.Where(v => v != current).ToArray();
        return others.Length == 0 ? current : others[Sampling.Between(uniform, 0, others.Length - 1)];
    }
}
