namespace Warehouse.Etl.Generation;

/// <summary>
/// A credit account as it stands at the end of the latest simulated month. Arrears are counted in missed
/// payment cycles: 0 current, 1 for 1-29 days past due, 2 for 30-59, 3 for 60-89, 4 and more for 90+;
/// rolling past 6 cycles (180 days) charges the account off.
/// </summary>
internal sealed class AccountState
{
    public const int ChargeOffCycles = 7;

    public required string AccountId { get; init; }

    public required ProductProfile Product { get; init; }

    public required DateOnly OpenedDate { get; init; }

    /// <summary>Limit of a revolving account, or the amount lent.</summary>
    public required decimal CreditLimit { get; init; }

    /// <summary>Fixed monthly payment of an instalment loan; zero for revolving accounts.</summary>
    public required decimal Instalment { get; init; }

    public decimal Balance { get; set; }

    public int Cycles { get; set; }

    /// <summary>Days past due within the first cycle, 1-29, fixed while the account stays behind.</summary>
    public int DaysIntoCycle { get; set; } = 1;

    public bool IsChargedOff { get; set; }

    /// <summary>The account reports from the month it opens until the month it is repaid or closed.</summary>
    public bool HasOpened { get; set; }

    public bool IsClosed { get; set; }

    /// <summary>Days past due implied by the cycles, capped at the contract's ten years.</summary>
    public int DaysPastDue => Cycles == 0 ? 0 : Math.Min(3650, 30 * (Cycles - 1) + DaysIntoCycle);

    public AccountState Clone() => (AccountState)MemberwiseClone();
}
