using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Etl.Build;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Pipeline;

namespace Warehouse.Etl.Tests.Build;

/// <summary>
/// The committed synthetic sample built twice through the whole build step (models, lift job, data tests):
/// once as it is and once with a pseudonym key. Shared by the tests of a class, since each build takes seconds.
/// </summary>
public sealed class PseudonymisedSample : IDisposable
{
    /// <summary>The key of the pseudonymised build, as an operator would write it in a key file.</summary>
    public const string KeyText = "sample-pseudonym-key-0123456789";

    public PseudonymisedSample()
    {
        Plain = Built(null);
        Keyed = Built(PseudonymKey.FromText(KeyText, "the test"));
    }

    internal TemporaryWarehouse Plain { get; }

    internal TemporaryWarehouse Keyed { get; }

    private static TemporaryWarehouse Built(PseudonymKey? key)
    {
        var warehouse = new TemporaryWarehouse();
        var sample = Path.Combine(RepositoryFiles.Root, "data-samples", "synthetic");
        foreach (var extract in ContractCatalog.LoadOrder)
        {
            warehouse.Load(extract, Path.Combine(sample, extract + ".csv"));
        }

        new WarehouseBuild(warehouse.Database, warehouse.Contracts, NullLoggerFactory.Instance, TimeProvider.System, key)
            .Run();
        return warehouse;
    }

    public void Dispose()
    {
        Plain.Dispose();
        Keyed.Dispose();
    }
}
