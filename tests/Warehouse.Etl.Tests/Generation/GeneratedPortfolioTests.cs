namespace Warehouse.Etl.Tests.Generation;

/// <summary>The portfolio acts like a lending book: history, arrears that roll and cure, signals that lead.</summary>
[Collection(GeneratedPortfolioCollection.Name)]
public sealed class GeneratedPortfolioTests(GeneratedPortfolioFixture portfolio)
{
    private const string Buckets = """
        with bucketed as (
            select
                account_id,
                as_of_date,
                case
                    when is_charged_off then 5
                    when days_past_due = 0 then 0
                    when days_past_due < 30 then 1
                    when days_past_due < 60 then 2
                    when days_past_due < 90 then 3
                    else 4
                end as bucket,
            from risk
        ),

        moves as (
            select
                lag(bucket) over (partition by account_id order by as_of_date) as from_bucket,
                bucket as to_bucket,
            from bucketed
        )
        """;

    [Fact]
    public void Some_customers_change_attributes_so_the_customer_dimension_has_history()
    {
        var changed = portfolio.Queries.Scalar<long>("""
            select count(*)
            from (
                select customer_id
                from customers
                group by customer_id
                having count(distinct (region, segment, income_band, status)) > 1
            )
            """);

        Assert.InRange(changed, 1, portfolio.Options.Customers / 2);
    }

    [Fact]
    public void Customers_who_join_late_appear_from_the_month_they_open()
    {
        var early = portfolio.Queries.Scalar<long>(
            "select count(*) from customers where snapshot_date < last_day(open_date)");
        var joiners = portfolio.Queries.Scalar<long>(
            "select count(distinct customer_id) from customers "
            + "where open_date > (select min(snapshot_date) from customers)");

        Assert.Equal(0, early);
        Assert.True(joiners > 0);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    [InlineData(3, 4)]
    [InlineData(4, 5)]
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    public void Delinquency_moves_both_ways_between_buckets(int from, int to)
    {
        var accounts = portfolio.Queries.Scalar<long>(
            $"{Buckets} select count(*) from moves where from_bucket = {from} and to_bucket = {to}");

        Assert.True(accounts > 0, $"no account moved from bucket {from} to {to}");
    }

    [Fact]
    public void Arrears_grow_by_at_most_one_bucket_a_month_and_only_long_arrears_are_charged_off()
    {
        var skipped = portfolio.Queries.Scalar<long>(
            $"{Buckets} select count(*) from moves where to_bucket > from_bucket + 1");
        var shortestChargedOff = portfolio.Queries.Scalar<int>(
            "select min(days_past_due) from risk where is_charged_off");

        Assert.Equal(0, skipped);
        Assert.True(shortestChargedOff >= 180, $"an account was charged off at {shortestChargedOff} days past due");
    }

    [Fact]
    public void Default_next_month_is_known_for_every_month_but_the_last_and_agrees_with_the_next_month()
    {
        var disagreeing = portfolio.Queries.Scalar<long>("""
            with next_month as (
                select
                    as_of_date,
                    is_default_next_month,
                    lead(days_past_due >= 90 or is_charged_off) over (
                        partition by account_id order by as_of_date
                    ) as defaults_next,
                from risk
            )

            select count(*)
            from next_month
            where
                case
                    when as_of_date = (select max(as_of_date) from risk) then is_default_next_month is not null
                    else is_default_next_month is distinct from coalesce(defaults_next, false)
                end
            """);
        var defaults = portfolio.Queries.Scalar<long>("select count(*) from risk where is_default_next_month");

        Assert.Equal(0, disagreeing);
        Assert.True(defaults > 0);
    }

    [Fact]
    public void Digital_activity_thins_in_the_months_before_an_account_falls_30_days_behind()
    {
        // Customer-months of customers never 30+ against the two months before a customer's first 30+ month end.
        var (never, before) = (0.0, 0.0);
        var rows = portfolio.Queries.Rows("""
            with digital as (
                select customer_id, last_day(cast(event_at as date)) as month_date, count(*) as actions,
                from engagement
                where
                    direction = 'inbound'
                    and event_type in ('login', 'click', 'app_action', 'visit', 'purchase', 'call')
                group by all
            ),

            first_30 as (
                select customer_id, min(as_of_date) as month_date,
                from risk
                where days_past_due >= 30
                group by all
            ),

            months as (
                select c.customer_id, c.snapshot_date as month_date, f.month_date as first_30_date,
                from customers as c
                left join first_30 as f using (customer_id)
                where c.status = 'active'
            )

            select
                case when first_30_date is null then 'never' else 'before' end as kind,
                avg(coalesce(d.actions, 0)) as actions,
            from months as m
            left join digital as d using (customer_id, month_date)
            where first_30_date is null or date_diff('month', m.month_date, first_30_date) between 1 and 2
            group by all
            """);
        foreach (var row in rows)
        {
            if ((string)row[0]! == "never")
            {
                never = Convert.ToDouble(row[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                before = Convert.ToDouble(row[1], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        Assert.True(
            before < 0.9 * never,
            $"{before:F2} actions a month before falling behind against {never:F2} for customers never behind");
    }

    [Fact]
    public void Survey_scores_are_lower_for_customers_behind_and_for_customers_who_are_not_engaged()
    {
        var scores = portfolio.Queries.Rows("""
            with behind as (
                select customer_id, as_of_date as month_date, max(days_past_due) > 0 as is_behind,
                from risk
                group by all
            ),

            digital as (
                select customer_id, last_day(cast(event_at as date)) as month_date, count(*) as actions,
                from engagement
                where
                    direction = 'inbound'
                    and event_type in ('login', 'click', 'app_action', 'visit', 'purchase', 'call')
                group by all
            ),

            answers as (
                select
                    s.score,
                    coalesce(b.is_behind, false) as is_behind,
                    coalesce(d.actions, 0) as actions,
                from surveys as s
                left join behind as b
                    on b.customer_id = s.customer_id
                    and b.month_date = last_day(cast(s.responded_at as date))
                left join digital as d
                    on d.customer_id = s.customer_id
                    and d.month_date = last_day(cast(s.responded_at as date))
                where s.survey = 'relationship'
            )

            select
                avg(score) filter (where is_behind) as behind,
                avg(score) filter (where not is_behind) as up_to_date,
                avg(score) filter (where not is_behind and actions = 0) as silent,
                avg(score) filter (where not is_behind and actions >= 3) as engaged,
            from answers
            """).Single().Select(v => Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        Assert.True(scores[0] < scores[1], $"behind {scores[0]:F2} against up to date {scores[1]:F2}");
        Assert.True(scores[2] < scores[3], $"silent {scores[2]:F2} against engaged {scores[3]:F2}");
    }
}
