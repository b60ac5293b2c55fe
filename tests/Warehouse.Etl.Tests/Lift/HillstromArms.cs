using DuckDB.NET.Data;
using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Tests.Lift;

/// <summary>
/// The Hillstrom e-mail test (data-samples/real/hillstrom) reduced by DuckDB to one <see cref="ArmSummary"/>
/// per segment and outcome; read once per test class.
/// </summary>
public sealed class HillstromArms
{
    public const string MensEmail = "Mens E-Mail";
    public const string WomensEmail = "Womens E-Mail";
    public const string NoEmail = "No E-Mail";

    // Declared, never detected: type detection can mis-read values past its sample. Spend is in dollars.
    private const string ColumnTypes =
        """
        {
            'recency': 'integer',
            'history_segment': 'varchar',
            'history': 'double',
            'mens': 'integer',
            'womens': 'integer',
            'zip_code': 'varchar',
            'newbie': 'integer',
            'channel': 'varchar',
            'segment': 'varchar',
            'visit': 'integer',
            'conversion': 'integer',
            'spend': 'double'
        }
        """;

    private readonly Dictionary<(string Segment, string Outcome), ArmSummary> _arms = [];

    public HillstromArms()
    {
        var file = RepositoryFiles.RealSample(RepositoryFiles.Hillstrom);

        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            $"""
            with customers as (
                select *
                from read_csv(
                    {SqlText.Literal(file)},
                    header = true,
                    auto_detect = false,
                    strict_mode = true,
                    columns = {ColumnTypes}
                )
            ),

            outcomes as (
                select
                    segment,
                    cast(visit as double) as visit,
                    cast(conversion as double) as conversion,
                    spend,
                from customers
            )

            select
                segment,
                count(*) as customers,
                sum(visit) as visit_sum,
                sum(visit * visit) as visit_sum_squares,
                sum(conversion) as conversion_sum,
                sum(conversion * conversion) as conversion_sum_squares,
                sum(spend) as spend_sum,
                sum(spend * spend) as spend_sum_squares,
            from outcomes
            group by segment
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var segment = reader.GetString(0);
            var customers = reader.GetInt64(1);
            _arms[(segment, "visit")] = new ArmSummary(customers, reader.GetDouble(2), reader.GetDouble(3));
            _arms[(segment, "conversion")] = new ArmSummary(customers, reader.GetDouble(4), reader.GetDouble(5));
            _arms[(segment, "spend")] = new ArmSummary(customers, reader.GetDouble(6), reader.GetDouble(7));
        }
    }

    /// <summary>The arm of a segment such as <see cref="MensEmail"/> for visit, conversion or spend.</summary>
    public ArmSummary Arm(string segment, string outcome) => _arms[(segment, outcome)];
}
