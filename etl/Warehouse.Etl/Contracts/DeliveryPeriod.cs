namespace Warehouse.Etl.Contracts;

/// <summary>
/// The periods an extract is delivered in: each delivery holds whole periods, so a later delivery that
/// holds a period replaces every earlier delivery's rows of that period. Declared in a contract as
/// <c>"period": { "column": "as_of_date", "grain": "month" }</c>.
/// </summary>
public sealed record DeliveryPeriod
{
    /// <summary>
    /// A required <c>date</c> or <c>timestamp</c> column of the contract that places a row in its period.
    /// </summary>
    public required string Column { get; init; }

    public required PeriodGrain Grain { get; init; }

    /// <summary>The grain as <c>meta.batch_periods</c> stores it: <c>day</c> or <c>month</c>.</summary>
    public string GrainName => Grain.ToString().ToLowerInvariant();

    /// <summary>A DuckDB interval literal one period long.</summary>
    public string IntervalSql => Grain switch
    {
        PeriodGrain.Day => "interval 1 day",
        PeriodGrain.Month => "interval 1 month",
        _ => throw new InvalidOperationException($"Unknown period grain {Grain}."),
    };
}
