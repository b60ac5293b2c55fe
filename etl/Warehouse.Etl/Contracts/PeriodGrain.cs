namespace Warehouse.Etl.Contracts;

/// <summary>The length of the periods an extract is delivered in.</summary>
public enum PeriodGrain
{
    /// <summary>One calendar day, for example a customer snapshot date.</summary>
    Day,

    /// <summary>One calendar month, for example the month end of a risk snapshot.</summary>
    Month,
}
