namespace Warehouse.Etl.Generation;

/// <summary>
/// A customer as the latest simulated month left them: the attributes the customer system holds, the
/// hidden drivers of behaviour (financial stress, digital habit, satisfaction), and the accounts.
/// </summary>
internal sealed class CustomerState
{
    public required int Number { get; init; }

    public required string CustomerId { get; init; }

    public required DateOnly BirthDate { get; init; }

    public required DateOnly OpenDate { get; init; }

    public required string Region { get; set; }

    public required string Segment { get; set; }

    public required string IncomeBand { get; set; }

    public required string Status { get; set; }

    /// <summary>Level financial stress reverts to; higher means more likely to fall behind.</summary>
    public required double StressMean { get; init; }

    /// <summary>Financial stress now: it raises the chance of missing payments and damps digital activity.</summary>
    public required double Stress { get; set; }

    /// <summary>Digital actions a day when unstressed and active.</summary>
    public required double DigitalRate { get; init; }

    /// <summary>Likelihood-to-recommend score (0-10) the customer leans to when nothing is wrong.</summary>
    public required double SatisfactionBase { get; init; }

    /// <summary>Bureau score the customer's score reverts to.</summary>
    public required int BaseScore { get; init; }

    public int BureauScore { get; set; }

    /// <summary>Digital actions in the latest simulated month.</summary>
    public int DigitalActionsLastMonth { get; set; }

    public required AccountState[] Accounts { get; set; }

    public string FullName => $"Customer {CustomerId}";

    public string Email => $"c{CustomerId}@example.com";

    public bool IsClosed => Status == CustomerStatus.Closed;

    public CustomerState Clone()
    {
        var copy = (CustomerState)MemberwiseClone();
        copy.Accounts = Accounts.Select(a => a.Clone()).ToArray();
        return copy;
    }
}
