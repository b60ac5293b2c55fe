namespace Warehouse.Etl.Lift;

/// <summary>The settings of a power calculation.</summary>
/// <param name="Alpha">Two-sided level, strictly within 0..1.</param>
/// <param name="Power">Power, strictly within 0..1.</param>
/// <param name="Customers">Customers (both arms) to plan for; null for the pilot's planned size.</param>
public sealed record PowerOptions(double Alpha, double Power, long? Customers)
{
    /// <summary>α = 0.05, power 0.8, the planned size.</summary>
    public static PowerOptions Default { get; } = new(PowerCalculation.DefaultAlpha, PowerCalculation.DefaultPower, null);
}
