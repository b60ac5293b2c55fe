using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Etl.Build;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Pipeline;

namespace Warehouse.Etl.Tests.Storage;

/// <summary>
/// The committed synthetic sample plus a few customers of this test, loaded, built with a pseudonym key and
/// published (the build publishes), then checkpointed so that the warehouse file holds what the copy was
/// made from. Shared by the tests of a class, since the build takes seconds.
/// </summary>
public sealed class PublishedSample : IDisposable
{
    /// <summary>A customer that loads: name, e-mail and id are in the warehouse's raw table.</summary>
    public const string LoadedName = "Philippa Quennell-Ashworth";

    public const string LoadedEmail = "p.quennell-ashworth@example.org";

    public const string LoadedId = "XQ9001";

    /// <summary>A birth date that is no date: rejected, the value kept in meta.load_rejects.</summary>
    public const string RejectedBirthDate = "1984-02-30";

    /// <summary>A record with one field too many: rejected whole, the line kept as the reject's value.</summary>
    public const string UnreadableName = "Cressida Vantongeren";

    public const string UnreadableEmail = "c.vantongeren@example.org";

    /// <summary>A customer id with a trailing space, rejected as a key value.</summary>
    public const string SpacedId = "XQ9004 ";

    /// <summary>A customer id delivered twice on one snapshot date, rejected as a duplicate key.</summary>
    public const string DuplicatedId = "XQ9005";

    /// <summary>A status outside the allowed list: not personal, so the copy shows it.</summary>
    public const string UnknownStatus = "suspended";

    // Ids with letters outside 0-9a-f, so that no 64-digit hexadecimal pseudonym can contain them by chance.
    private static readonly string[] AddedRecords =
    [
        $"{LoadedId},2026-10-31,{LoadedName},{LoadedEmail},1979-02-14,south,mass_market,middle,2019-04-01,active",
        $"XQ9002,2026-10-31,Bartholomew Ozymandias,b.ozymandias@example.org,{RejectedBirthDate},south,mass_market,"
            + "middle,2019-04-01,active",
        $"XQ9003,2026-10-31,{UnreadableName},{UnreadableEmail},1990-01-01,south,mass_market,middle,2019-04-01,"
            + "active,surplus",
        $"{SpacedId},2026-10-31,Dorothea Wilbraham,d.wilbraham@example.org,1971-06-05,south,mass_market,middle,"
            + "2019-04-01,active",
        $"{DuplicatedId},2026-10-31,Evander Quistgaard,e.quistgaard@example.org,1966-03-12,south,mass_market,middle,"
            + "2019-04-01,active",
        $"{DuplicatedId},2026-10-31,Evander Quistgaard,e.quistgaard@example.org,1966-03-12,south,mass_market,middle,"
            + "2019-04-01,active",
        $"XQ9006,2026-10-31,Florentyna Abernathy,f.abernathy@example.org,1988-11-23,south,mass_market,middle,"
            + $"2019-04-01,{UnknownStatus}",
    ];

    public PublishedSample()
    {
        Warehouse = new TemporaryWarehouse();
        var sample = Path.Combine(RepositoryFiles.Root, "data-samples", "synthetic");
        var customers = Warehouse.WriteFile(
            "customers.csv",
            File.ReadAllText(Path.Combine(sample, "customers.csv")) + string.Join('\n', AddedRecords) + "\n");
        Warehouse.Load("customers", customers);
        foreach (var extract in ContractCatalog.LoadOrder.Where(e => e != "customers"))
        {
            Warehouse.Load(extract, Path.Combine(sample, extract + ".csv"));
        }

        var key = PseudonymKey.FromText("published-sample-key-0123456789", "the test");
        Outcome = new WarehouseBuild(
                Warehouse.Database, Warehouse.Contracts, NullLoggerFactory.Instance, TimeProvider.System, key)
            .Run();
        Warehouse.Database.Execute("checkpoint");
    }

    internal TemporaryWarehouse Warehouse { get; }

    public BuildOutcome Outcome { get; }

    /// <summary>The published copy's path.</summary>
    public string PublishedPath => Outcome.PublishedPath!;

    public void Dispose() => Warehouse.Dispose();
}
