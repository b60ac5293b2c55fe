namespace Warehouse.Etl.Generation;

/// <summary>
/// Moves one account through one month: arrears by a Markov-like chain over payment cycles (current,
/// 1-29, 30-59, 60-89, 90+, charge-off after 180 days, with cures at every stage), then the payment,
/// interest, fees and spending that go with the move. Uses only the month's decision draws.
/// </summary>
internal static class AccountDynamics
{
    private const decimal LateFee = 25m;

    /// <summary>Chance of rolling one cycle further behind, before stress and treatment, by cycles behind.</summary>
    private static readonly double[] RollBase = [0, 0.28, 0.42, 0.58, 0.78, 0.78, 0.78];

    /// <summary>When not rolling: share that pays everything, and share that pays two instalments.</summary>
    private static readonly (double Cure, double Back)[] Recovery =
        [(1, 0), (0.62, 0), (0.35, 0.25), (0.22, 0.18), (0.08, 0.07), (0.08, 0.07), (0.08, 0.07)];

    public static AccountMonth? Step(
        AccountState account,
        CustomerState customer,
        MonthDraws draws,
        int slot,
        MonthOutcome month,
        bool customerCloses,
        double rollMultiplier)
    {
        if (account.IsClosed)
        {
            return null;
        }

        if (!account.HasOpened)
        {
            return account.OpenedDate > month.MonthEnd ? null : Open(account, draws, slot, month);
        }

        if (account.IsChargedOff)
        {
            return Recover(account, draws, slot, month);
        }

        var previousBalance = account.Balance;
        var previousCycles = account.Cycles;
        var interest = previousBalance > 0 ? decimal.Round(previousBalance * account.Product.MonthlyRate, 2) : 0m;
        var minimum = MinimumPayment(account, previousBalance, interest);
        var arrears = Math.Min(previousBalance, minimum * previousCycles);
        var due = previousBalance > 0 ? Math.Min(minimum + arrears, previousBalance + interest) : 0m;

        if (customerCloses)
        {
            var settled = Math.Max(0m, previousBalance + interest);
            account.Balance = 0m;
            account.IsClosed = true;
            return Row(account, month, due, settled, AccountMovement.Closed, previousCycles, arrears);
        }

        var movement = due == 0m
            ? (previousCycles == 0 ? AccountMovement.StayedCurrent : AccountMovement.Cured)
            : Move(previousCycles, RollProbability(account, customer), rollMultiplier, draws.Transition[slot]);

        var fee = 0m;
        decimal paid;
        switch (movement)
        {
            case AccountMovement.Rolled:
                account.Cycles++;
                if (previousCycles == 0)
                {
                    account.DaysIntoCycle = Sampling.Between(draws.Offset, 1, 29);
                }

                paid = draws.Payment[slot] < 0.6
                    ? 0m
                    : decimal.Round(minimum * (decimal)(0.4 * draws.Payment[slot]), 2);
                fee = LateFee;
                break;
            case AccountMovement.StayedBehind:
                paid = minimum;
                break;
            case AccountMovement.PartlyCured:
                account.Cycles--;
                paid = Math.Min(due, 2 * minimum);
                break;
            case AccountMovement.Cured:
                account.Cycles = 0;
                paid = due;
                break;
            default:
                (paid, interest) = PayWhileCurrent(account, previousBalance, interest, minimum, draws.Payment[slot]);
                break;
        }

        var balance = previousBalance + interest + fee - paid;
        if (account.Product.IsRevolving && account.Cycles == 0)
        {
            balance += Spend(account, customer, balance, draws.Spend[slot]);
        }

        if (account.Cycles >= AccountState.ChargeOffCycles)
        {
            account.IsChargedOff = true;
            movement = AccountMovement.ChargedOff;
        }
        else if (!account.Product.IsRevolving && balance <= 0m)
        {
            // The last instalment repays the loan; the account reports this month and closes.
            paid += balance;
            balance = 0m;
            account.IsClosed = true;
            movement = AccountMovement.Closed;
        }

        account.Balance = balance;
        return Row(account, month, due, paid, movement, previousCycles, arrears);
    }

    private static AccountMonth Open(AccountState account, MonthDraws draws, int slot, MonthOutcome month)
    {
        account.HasOpened = true;
        account.Balance = account.Product.IsRevolving
            ? decimal.Round(account.CreditLimit * (decimal)(0.05 + 0.3 * draws.Spend[slot]), 2)
            : account.CreditLimit;
        return Row(account, month, 0m, 0m, AccountMovement.Opened, 0, 0m);
    }

    private static AccountMonth Recover(AccountState account, MonthDraws draws, int slot, MonthOutcome month)
    {
        account.Cycles++;
        var paid = draws.Payment[slot] < 0.12 && account.Balance > 0
            ? decimal.Round(account.Balance * (decimal)(0.03 + 0.1 * draws.Spend[slot]), 2)
            : 0m;
        account.Balance -= paid;
        return Row(account, month, 0m, paid, AccountMovement.InRecovery, account.Cycles - 1, 0m);
    }

    private static decimal MinimumPayment(AccountState account, decimal balance, decimal interest)
    {
        if (balance <= 0m)
        {
            return 0m;
        }

        return account.Product.IsRevolving
            ? Math.Min(balance, Math.Max(25m, decimal.Round(0.03m * balance, 2)))
            : Math.Min(account.Instalment, balance + interest);
    }

    /// <summary>
    /// Chance of missing this month's payment, before any treatment. Current accounts fall behind more
    /// often under stress and with a weak score; accounts already behind roll on more often under stress.
    /// </summary>
    private static double RollProbability(AccountState account, CustomerState customer)
    {
        var cycles = Math.Min(account.Cycles, RollBase.Length - 1);
        if (cycles > 0)
        {
            return Math.Min(0.92, RollBase[cycles] * Math.Exp(0.35 * customer.Stress));
        }

        var scoreFactor = Math.Exp((680 - customer.BaseScore) / 75.0);
        return Math.Clamp(0.016 * Math.Exp(0.9 * customer.Stress) * scoreFactor, 0.001, 0.4);
    }

    /// <summary>
    /// Where the month's draw takes the account. A pilot's treatment, at month ends inside its window,
    /// multiplies the chance of rolling from current and from 1-29 days past due by
    /// <paramref name="rollMultiplier"/> (1 when untreated, below 1 for a treatment that helps).
    /// Draws below the treated chance roll on either path; draws between the treated and the untreated
    /// chance roll only untreated and are spread over the other outcomes in their usual shares; every other
    /// draw has the same outcome on both paths. So treatment never leaves an account further behind than it would have been.
    /// </summary>
    private static AccountMovement Move(int cycles, double rollProbability, double rollMultiplier, double uniform)
    {
        var treatedRoll = cycles <= 1 ? rollProbability * rollMultiplier : rollProbability;
        if (uniform < treatedRoll)
        {
            return AccountMovement.Rolled;
        }

        if (cycles == 0)
        {
            return AccountMovement.StayedCurrent;
        }

        var rest = uniform < rollProbability
            ? (uniform - treatedRoll) / (rollProbability - treatedRoll)
            : (uniform - rollProbability) / (1 - rollProbability);
        var (cure, back) = Recovery[Math.Min(cycles, Recovery.Length - 1)];
        return rest < cure
            ? AccountMovement.Cured
            : rest < cure + back ? AccountMovement.PartlyCured : AccountMovement.StayedBehind;
    }

    /// <summary>Payment of a current account, and the interest left after a card paid in full (none).</summary>
    private static (decimal Paid, decimal Interest) PayWhileCurrent(
        AccountState account, decimal balance, decimal interest, decimal minimum, double uniform)
    {
        if (!account.Product.IsRevolving || balance <= 0m)
        {
            return (minimum, interest);
        }

        if (uniform < 0.32)
        {
            return (balance, 0m);
        }

        if (uniform < 0.34)
        {
            // A few customers overpay and are left in credit.
            return (balance + Sampling.Between((uniform - 0.32) / 0.02, 5, 60), 0m);
        }

        var extra = (balance - minimum) * (decimal)(0.5 * (uniform - 0.34) / 0.66);
        return (minimum + decimal.Round(extra, 2), interest);
    }

    private static decimal Spend(AccountState account, CustomerState customer, decimal balance, double uniform)
    {
        if (customer.Status == CustomerStatus.Closed)
        {
            return 0m;
        }

        var share = (0.02 + 0.2 * uniform) * (customer.Status == CustomerStatus.Dormant ? 0.25 : 1);
        var spend = decimal.Round(account.CreditLimit * (decimal)share, 2);
        var room = decimal.Round(account.CreditLimit * 1.05m, 2) - balance;
        return Math.Max(0m, Math.Min(spend, room));
    }

    private static AccountMonth Row(
        AccountState account,
        MonthOutcome month,
        decimal due,
        decimal paid,
        AccountMovement movement,
        int previousCycles,
        decimal arrears) =>
        new()
        {
            AsOfDate = month.MonthEnd,
            Account = account,
            Balance = account.Balance,
            DaysPastDue = account.DaysPastDue,
            AmountDue = due,
            AmountPaid = paid,
            BureauScore = 0,
            IsChargedOff = account.IsChargedOff,
            Movement = movement,
            PreviousCycles = previousCycles,
            Arrears = arrears,
        };
}
