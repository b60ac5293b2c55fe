namespace Warehouse.Etl.Generation;

/// <summary>How an account's arrears moved in a month.</summary>
internal enum AccountMovement
{
    /// <summary>The account opened this month.</summary>
    Opened,

    /// <summary>Current last month and current now.</summary>
    StayedCurrent,

    /// <summary>Missed a payment: one cycle further behind.</summary>
    Rolled,

    /// <summary>Behind and paid one instalment: as far behind as last month.</summary>
    StayedBehind,

    /// <summary>Behind and paid two instalments: one cycle less behind.</summary>
    PartlyCured,

    /// <summary>Behind and paid all arrears: current again.</summary>
    Cured,

    /// <summary>Rolled past 180 days and was written off this month.</summary>
    ChargedOff,

    /// <summary>Charged off earlier; recoveries only.</summary>
    InRecovery,

    /// <summary>Repaid in full, or closed with the relationship; this is its last month.</summary>
    Closed,
}
