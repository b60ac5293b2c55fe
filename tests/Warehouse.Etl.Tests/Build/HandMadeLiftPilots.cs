using Warehouse.Etl.Tests.Generation;

namespace Warehouse.Etl.Tests.Build;

/// <summary>
/// Three hand-made pilots with months of history before and after assignment, written as extract files,
/// loaded by the loader into a warehouse file and built once for <see cref="PilotLiftMartTests"/>. The data
/// runs from November 2023 to April 2024.
/// <list type="bullet">
/// <item>
/// <c>R</c>, randomised, 60-day window: C1 and C2 in the pilot arm, C3 and C4 in control, all assigned on
/// 2024-01-31, so the outcome window is (2024-01-31, 2024-03-31] (month ends 29 February and 31 March) and the
/// pre-period (2023-12-01, 2024-01-30] (month end 31 December). Goals: roll to 30+ (primary, declared third),
/// cure rate, balance paid, digital actions, paid over due, NPS as a guardrail. An older delivery of R's
/// goals also listed visit_rate.
/// </item>
/// <item>
/// <c>X</c>, observational, 2024-01-01 to 2024-02-15, 30-day window, judged on balance paid, with crafted
/// integrity failures: C1 delivered in the pilot arm and later in control; C2 assigned mid-month on
/// 2024-01-15, so the January month end's amounts, which run from 1 January, count in its window; C5
/// assigned on 2023-12-31, before the start, and C6 on 2024-02-20, after the end.
/// </item>
/// <item><c>P</c>, planned to start on 2024-06-01, after the data, with no assignments yet.</item>
/// </list>
/// Accounts, one per customer (days past due / amount due / amount paid at each month end):
/// <code>
///        Nov 30      Dec 31      Jan 31      Feb 29      Mar 31      Apr 30
/// C1   0/50/50     0/50/50     0/50/50     0/50/60     35/50/0     0/50/50
/// C2   40/80/0     0/80/160    31/80/0     0/160/160   0/80/80
/// C3   0/40/40     32/40/0     62/80/0     92/120/20   100/120/0
/// C4               0/-/30      0/-/30      0/-/30      0/-/30        (amount due never stated)
/// </code>
/// At 2024-01-31 the bureau scores are 700, 600, 650, 750 and the balances 900, 500, 700, 300; every account
/// opened on 2020-01-15. Digital actions: C1 on 1 December, 30 January, 31 January, 5 and 6 February; C2 on
/// 31 March; C3 on 15 and 16 December; C4 on 1 April. Survey scores: C1 10 on 1 March; C3 8 on 5 January
/// and 5 on 10 February.
/// </summary>
public sealed class HandMadeLiftPilots : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public HandMadeLiftPilots()
    {
        Warehouse = TestWarehouse.OpenFile(_folder.Sub("warehouse.duckdb"));
        Load("customers", "customers.csv", """
            customer_id,snapshot_date,region,segment,status
            C1,2023-11-30,north,retail,active
            C2,2023-11-30,north,retail,active
            C3,2023-11-30,north,retail,active
            C4,2023-11-30,north,retail,active
            C5,2023-11-30,north,retail,active
            C6,2023-11-30,north,retail,active
            """);
        Load("risk", "risk.csv", """
            as_of_date,account_id,customer_id,product,opened_date,days_past_due,amount_due,amount_paid,balance,bureau_score,is_charged_off
            2023-11-30,A1,C1,card,2020-01-15,0,50,50,1000,700,false
            2023-12-31,A1,C1,card,2020-01-15,0,50,50,950,700,false
            2024-01-31,A1,C1,card,2020-01-15,0,50,50,900,700,false
            2024-02-29,A1,C1,card,2020-01-15,0,50,60,850,700,false
            2024-03-31,A1,C1,card,2020-01-15,35,50,0,900,680,false
            2024-04-30,A1,C1,card,2020-01-15,0,50,50,860,690,false
            2023-11-30,A2,C2,card,2020-01-15,40,80,0,600,580,false
            2023-12-31,A2,C2,card,2020-01-15,0,80,160,450,600,false
            2024-01-31,A2,C2,card,2020-01-15,31,80,0,500,600,false
            2024-02-29,A2,C2,card,2020-01-15,0,160,160,350,610,false
            2024-03-31,A2,C2,card,2020-01-15,0,80,80,280,620,false
            2023-11-30,A3,C3,card,2020-01-15,0,40,40,600,680,false
            2023-12-31,A3,C3,card,2020-01-15,32,40,0,650,660,false
            2024-01-31,A3,C3,card,2020-01-15,62,80,0,700,650,false
            2024-02-29,A3,C3,card,2020-01-15,92,120,20,760,630,false
            2024-03-31,A3,C3,card,2020-01-15,100,120,0,800,620,false
            2023-12-31,A4,C4,card,2020-01-15,0,,30,330,750,false
            2024-01-31,A4,C4,card,2020-01-15,0,,30,300,750,false
            2024-02-29,A4,C4,card,2020-01-15,0,,30,270,750,false
            2024-03-31,A4,C4,card,2020-01-15,0,,30,240,750,false
            """);
        Load("engagement", "engagement.csv", """
            event_id,customer_id,event_at,channel,direction,event_type
            E1,C1,2023-12-01 09:00:00,app,inbound,login
            E2,C1,2024-01-30 09:00:00,app,inbound,login
            E3,C1,2024-01-31 09:00:00,app,inbound,login
            E4,C1,2024-02-05 09:00:00,app,inbound,login
            E5,C1,2024-02-06 09:00:00,web,inbound,click
            E6,C2,2024-03-31 23:00:00,app,inbound,app_action
            E7,C3,2023-12-15 09:00:00,app,inbound,login
            E8,C3,2023-12-16 09:00:00,web,inbound,click
            E9,C4,2024-04-01 00:30:00,app,inbound,login
            """);
        Load("surveys", "surveys.csv", """
            response_id,customer_id,responded_at,survey,score
            S1,C1,2024-03-01 10:00:00,relationship,10
            S2,C3,2024-01-05 10:00:00,relationship,8
            S3,C3,2024-02-10 10:00:00,relationship,5
            """);
        Load("pilots", "pilots.csv", """
            pilot_id,name,owner,start_date,end_date,outcome_window_days,planned_split,design,planned_customers
            R,Reminders,collections,2024-01-31,,60,0.5,randomised,4
            X,Hardship,collections,2024-01-01,2024-02-15,30,0.5,observational,
            P,Next,marketing,2024-06-01,,30,0.4,randomised,1000
            """);
        Load("pilot_goals", "goals-old.csv", """
            pilot_id,metric,role,direction,margin,position
            R,visit_rate,primary,increase,,1
            """);
        Load("pilot_goals", "goals.csv", """
            pilot_id,metric,role,direction,margin,position
            R,digital_actions,secondary,increase,,1
            R,balance_paid,secondary,increase,,2
            R,roll_to_30_plus_rate,primary,decrease,,3
            R,cure_rate,secondary,increase,,4
            R,paid_over_due,secondary,increase,,5
            R,nps,guardrail,increase,2,6
            X,balance_paid,primary,increase,5,1
            P,digital_actions,primary,increase,,1
            """);
        Load("assignments", "assignments.csv", """
            pilot_id,customer_id,arm,assigned_date
            R,C1,pilot,2024-01-31
            R,C2,pilot,2024-01-31
            R,C3,control,2024-01-31
            R,C4,control,2024-01-31
            X,C1,pilot,2024-01-31
            X,C2,pilot,2024-01-15
            X,C5,control,2023-12-31
            X,C6,control,2024-02-20
            """);
        Load("assignments", "assignments-again.csv", """
            pilot_id,customer_id,arm,assigned_date
            X,C1,control,2024-01-31
            """);
        Warehouse.Build();
    }

    internal TestWarehouse Warehouse { get; }

    public void Dispose()
    {
        Warehouse.Dispose();
        _folder.Dispose();
    }

    private void Load(string extract, string file, string content)
    {
        var path = _folder.Sub(file);
        File.WriteAllText(path, content.ReplaceLineEndings("\n") + "\n");
        Warehouse.Load(extract, path);
    }
}
