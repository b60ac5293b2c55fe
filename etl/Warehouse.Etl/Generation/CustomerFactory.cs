using System.Globalization;

namespace Warehouse.Etl.Generation;

/// <summary>
/// Draws a new customer with one or two accounts as they stand just before the first month. Nine in ten
/// customers predate the portfolio's first month; the rest join during it and appear from the month
/// they open.
/// </summary>
internal static class CustomerFactory
{
    private const double JoinDuringPeriodShare = 0.10;
    private const double SecondAccountShare = 0.35;
    private const double DarkShare = 0.12;

    public static CustomerState Create(int number, int idWidth, PortfolioCalendar calendar, Random random)
    {
        var idFormat = "D" + idWidth.ToString(CultureInfo.InvariantCulture);
        var customerId = number.ToString(idFormat, CultureInfo.InvariantCulture);
        var age = 19 + (int)(62 * (random.NextDouble() + random.NextDouble()) / 2);
        var birthDate = calendar.FirstDay.AddYears(-age).AddDays(-Sampling.Between(random.NextDouble(), 0, 364));
        var openDate = DrawOpenDate(calendar, birthDate, random);

        var segment = PortfolioVocabulary.Segments.Pick(random.NextDouble());
        if (segment == "student" && age >= 30)
        {
            segment = "mass_market";
        }

        var incomeBand = PortfolioVocabulary.IncomeBands.Pick(random.NextDouble());
        var stressMean = 0.55 * Normal(random) + IncomeStress(incomeBand);
        var digitalRate = random.NextDouble() < DarkShare
            ? 0.004
            : Math.Min(1.2, Math.Exp(Math.Log(0.09) + 0.75 * Normal(random)) * AgeDigitalFactor(age));

        var customer = new CustomerState
        {
            Number = number,
            CustomerId = customerId,
            BirthDate = birthDate,
            OpenDate = openDate,
            Region = PortfolioVocabulary.Regions.Pick(random.NextDouble()),
            Segment = segment,
            IncomeBand = incomeBand,
            Status = random.NextDouble() < 0.88 ? CustomerStatus.Active : CustomerStatus.Dormant,
            StressMean = stressMean,
            Stress = stressMean + 0.5 * Normal(random),
            DigitalRate = digitalRate,
            SatisfactionBase = 7.4 + 1.1 * Normal(random),
            BaseScore = (int)Math.Clamp(Math.Round(705 + 55 * Normal(random) - 45 * stressMean), 330, 870),
            Accounts = [],
        };
        customer.BureauScore = customer.BaseScore;

        var accounts = random.NextDouble() < SecondAccountShare ? 2 : 1;
        customer.Accounts = Enumerable.Range(1, accounts)
            .Select(index => CreateAccount(customer, index, calendar, random))
            .ToArray();
        return customer;
    }

    private static DateOnly DrawOpenDate(PortfolioCalendar calendar, DateOnly birthDate, Random random)
    {
        var adult = birthDate.AddYears(18);
        if (random.NextDouble() < JoinDuringPeriodShare)
        {
            var month = Sampling.Between(random.NextDouble(), 1, calendar.Months - 1);
            var day = Sampling.Between(random.NextDouble(), 0, calendar.DaysIn(month) - 1);
            var joined = calendar.MonthStart(month).AddDays(day);
            return joined < adult ? adult : joined;
        }

        var opened = calendar.FirstDay.AddDays(-1 - Sampling.Between(random.NextDouble(), 0, 20 * 365));
        if (opened < adult)
        {
            opened = adult.AddDays(Sampling.Between(random.NextDouble(), 0, 200));
        }

        return opened < calendar.FirstDay ? opened : calendar.FirstDay.AddDays(-1);
    }

    private static AccountState CreateAccount(
        CustomerState customer, int index, PortfolioCalendar calendar, Random random)
    {
        var product = ProductProfile.Pick(random.NextDouble());
        var incomeFactor = IncomeLimitFactor(customer.IncomeBand);
        var drawnLimit = product.TypicalLimit * (decimal)(incomeFactor * (0.5 + random.NextDouble()));
        var limit = decimal.Round(drawnLimit / product.Rounding) * product.Rounding;
        limit = Math.Max(product.Rounding, limit);

        var joinsDuringPeriod = customer.OpenDate >= calendar.FirstDay;
        var opened = joinsDuringPeriod ? customer.OpenDate : DrawOpenedDate(customer, product, calendar, random);
        var account = new AccountState
        {
            AccountId = $"{customer.CustomerId}-{index}",
            Product = product,
            OpenedDate = opened,
            CreditLimit = limit,
            Instalment = product.Instalment(limit),
            HasOpened = !joinsDuringPeriod,
        };
        if (joinsDuringPeriod)
        {
            return account;
        }

        if (product.IsRevolving)
        {
            var utilisation = 0.85 * Math.Pow(random.NextDouble(), 1.4);
            account.Balance = random.NextDouble() < 0.03
                ? -Sampling.Between(random.NextDouble(), 5, 80)
                : decimal.Round(limit * (decimal)utilisation, 2);
        }
        else
        {
            var monthsOnBook = (calendar.FirstDay.Year - opened.Year) * 12 + calendar.FirstDay.Month - opened.Month;
            account.Balance = product.RemainingAfter(limit, monthsOnBook);
        }

        if (account.Balance > 0)
        {
            account.Cycles = InitialCycles(random.NextDouble());
            account.DaysIntoCycle = Sampling.Between(random.NextDouble(), 1, 29);
        }

        return account;
    }

    private static DateOnly DrawOpenedDate(
        CustomerState customer, ProductProfile product, PortfolioCalendar calendar, Random random)
    {
        var earliest = customer.OpenDate;
        if (!product.IsRevolving)
        {
            // A loan older than its term would already be repaid; keep a few instalments to go.
            var youngest = calendar.FirstDay.AddMonths(-(product.TermMonths - 4));
            earliest = earliest > youngest ? earliest : youngest;
        }

        var span = calendar.FirstDay.DayNumber - 1 - earliest.DayNumber;
        return span <= 0
            ? calendar.FirstDay.AddDays(-1)
            : earliest.AddDays(Sampling.Between(random.NextDouble(), 0, span));
    }

    /// <summary>Arrears just before the first month, close to where the monthly process settles.</summary>
    private static int InitialCycles(double uniform) => uniform switch
    {
        < 0.93 => 0,
        < 0.96 => 1,
        < 0.975 => 2,
        < 0.985 => 3,
        < 0.993 => 4,
        _ => 5,
    };

    private static double IncomeStress(string incomeBand) => incomeBand switch
    {
        "low" => 0.35,
        "lower_middle" => 0.15,
        "upper_middle" => -0.1,
        "high" => -0.25,
        _ => 0,
    };

    private static double IncomeLimitFactor(string incomeBand) => incomeBand switch
    {
        "low" => 0.5,
        "lower_middle" => 0.7,
        "upper_middle" => 1.4,
        "high" => 2.0,
        "unknown" => 0.8,
        _ => 1.0,
    };

    private static double AgeDigitalFactor(int age) => age switch
    {
        < 35 => 1.3,
        > 65 => 0.55,
        _ => 1.0,
    };

    private static double Normal(Random random) => Sampling.StandardNormal(random.NextDouble());
}
