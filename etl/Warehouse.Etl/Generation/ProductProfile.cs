namespace Warehouse.Etl.Generation;

/// <summary>How a credit product behaves in the generated portfolio.</summary>
/// <param name="Name">Product name as the risk contract allows it.</param>
/// <param name="IsRevolving">
/// A card or overdraft (a limit, spending, a minimum payment); otherwise an instalment loan.
/// </param>
/// <param name="MonthlyRate">Interest charged per month on a positive balance.</param>
/// <param name="TermMonths">Term of an instalment loan; zero for revolving products.</param>
/// <param name="TypicalLimit">Limit or loan amount for a middle-income customer, in currency units.</param>
/// <param name="Rounding">Limits and loan amounts are multiples of this.</param>
/// <param name="Share">Relative share of accounts with the product.</param>
internal sealed record ProductProfile(
    string Name,
    bool IsRevolving,
    decimal MonthlyRate,
    int TermMonths,
    decimal TypicalLimit,
    decimal Rounding,
    double Share)
{
    private static readonly ProductProfile[] All =
    [
        new("card", true, 0.019m, 0, 4_000m, 500m, 45),
        new("personal_loan", false, 0.0085m, 48, 12_000m, 500m, 20),
        new("overdraft", true, 0.015m, 0, 1_000m, 250m, 15),
        new("auto_loan", false, 0.006m, 60, 22_000m, 500m, 12),
        new("mortgage", false, 0.0035m, 300, 240_000m, 1_000m, 8),
    ];

    private static readonly WeightedChoice Choice = new(All.Select(p => (p.Name, p.Share)).ToArray());

    /// <summary>A product drawn by its share.</summary>
    public static ProductProfile Pick(double uniform)
    {
        var name = Choice.Pick(uniform);
        return All.First(p => p.Name == name);
    }

    /// <summary>The fixed monthly payment that repays <paramref name="principal"/> over the term.</summary>
    public decimal Instalment(decimal principal)
    {
        if (IsRevolving)
        {
            return 0m;
        }

        var rate = (double)MonthlyRate;
        var factor = rate / (1 - Math.Pow(1 + rate, -TermMonths));
        return decimal.Round(principal * (decimal)factor, 2);
    }

    /// <summary>What remains of a loan after <paramref name="monthsPaid"/> instalments paid on time.</summary>
    public decimal RemainingAfter(decimal principal, int monthsPaid)
    {
        var rate = (double)MonthlyRate;
        var growth = Math.Pow(1 + rate, monthsPaid);
        var remaining = (double)principal * growth - (double)Instalment(principal) * (growth - 1) / rate;
        return decimal.Round((decimal)Math.Max(0, remaining), 2);
    }
}
