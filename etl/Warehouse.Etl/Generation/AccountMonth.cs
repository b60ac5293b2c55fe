namespace Warehouse.Etl.Generation;

/// <summary>One account at one month end: a row of the risk extract, plus how it got there.</summary>
internal sealed class AccountMonth
{
    public required DateOnly AsOfDate { get; init; }

    public required AccountState Account { get; init; }

    public required decimal Balance { get; init; }

    public required int DaysPastDue { get; init; }

    public required decimal AmountDue { get; init; }

    public required decimal AmountPaid { get; init; }

    public required int BureauScore { get; set; }

    public required bool IsChargedOff { get; init; }

    public required AccountMovement Movement { get; init; }

    /// <summary>Cycles behind at the previous month end.</summary>
    public required int PreviousCycles { get; init; }

    /// <summary>Arrears the customer owed from earlier months, which a promise to pay would cover.</summary>
    public required decimal Arrears { get; init; }

    /// <summary>Known once the next month is simulated; null for the last month of the portfolio.</summary>
    public bool? IsDefaultNextMonth { get; set; }

    public string CollectionsStage => IsChargedOff
        ? "recovery"
        : DaysPastDue switch
        {
            0 => "none",
            < 60 => "early",
            _ => "late",
        };

    /// <summary>90 days or more past due, or charged off: the default definition.</summary>
    public bool IsInDefault => IsChargedOff || DaysPastDue >= 90;
}
