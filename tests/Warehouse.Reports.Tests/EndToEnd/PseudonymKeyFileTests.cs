using System.Security.Cryptography;
using System.Text;

namespace Warehouse.Reports.Tests.EndToEnd;

/// <summary><c>warehouse build --pseudonym-key-file</c>: customer ids become keyed hashes, and the key is never shown.</summary>
public sealed class PseudonymKeyFileTests : IDisposable
{
    private const string Key = "end-to-end-pseudonym-key-0123456789";

    private readonly string _folder = Directory.CreateTempSubdirectory("warehouse-pseudonym-test-").FullName;

    [Fact]
    public void A_build_with_a_key_file_pseudonymises_customer_ids_and_never_prints_the_key()
    {
        File.WriteAllText(Path.Combine(_folder, "pseudonym.key"), Key + "\n");
        File.WriteAllText(
            Path.Combine(_folder, "customers.csv"),
            "customer_id,snapshot_date,region,segment,status\nC1,2024-01-31,north,retail,active\n");
        Assert.Equal(0, WarehouseProcess.Run(_folder, "load", "customers", "customers.csv").ExitCode);

        var (exitCode, output, error) = WarehouseProcess.Run(
            _folder, "build", "--pseudonym-key-file", "pseudonym.key", "-v");
        var (_, ids, _) = WarehouseProcess.Run(_folder, "query", "select customer_id from core.dim_customer");

        // Computed here, apart from the program: HMAC-SHA256 keyed with the file's text, over the id.
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Key));
        var token = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes("C1"))).ToLowerInvariant();
        Assert.True(exitCode == 0, error);
        Assert.Contains("Customer ids are pseudonymised", output, StringComparison.Ordinal);
        Assert.Contains(token, ids, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, output + error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
