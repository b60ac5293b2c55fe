using System.Security.Cryptography;
using System.Text;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Loading;

namespace Warehouse.Etl.Tests.Loading;

/// <summary>
/// Files in each supported encoding load with the text they hold, on the lines an editor shows; files whose
/// encoding cannot be known are refused or rejected saying what to declare.
/// </summary>
public sealed class EncodingTests : IDisposable
{
    private const string Header = "customer_id,snapshot_date,full_name,region,segment,status\n";

    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void Utf8_with_a_byte_order_mark_loads_with_its_first_column_named_right()
    {
        var text = Header + Record("C1", "Zoë’s €uro Café") + Record("C2", "José Álvarez");
        var file = _warehouse.WriteBytes(
            "bom.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        var result = _warehouse.Load("customers", file);

        Assert.Equal((LoadStatus.Loaded, 2L), (result.Status, result.RowsLoaded));
        Assert.Equal("Zoë’s €uro Café", FullNameOf("C1"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_utf16_file_with_a_byte_order_mark_loads_with_its_text_and_lines(bool bigEndian)
    {
        // A quoted line break makes record C2 start on line 4, not 3: line numbers come through the transcoding.
        var text = Header + Record("C1", "\"Zoë’s\n€uro Café\"") + Record("C2", "José Álvarez");
        var utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var file = _warehouse.WriteBytes("utf16.csv", [.. utf16.GetPreamble(), .. utf16.GetBytes(text)]);

        var result = _warehouse.Load("customers", file);

        Assert.Equal((LoadStatus.Loaded, 2L), (result.Status, result.RowsLoaded));
        Assert.Equal("Zoë’s\n€uro Café", FullNameOf("C1"));
        Assert.Equal("José Álvarez", FullNameOf("C2"));
        Assert.Equal(4L, _warehouse.Scalar<long>("select _source_line from raw.customers where customer_id = 'C2'"));
    }

    [Fact]
    public void A_utf16_file_without_a_byte_order_mark_is_refused_saying_why()
    {
        var file = _warehouse.WriteBytes(
            "utf16-no-bom.csv", Encoding.Unicode.GetBytes(Header + Record("C1", "José")));

        var error = Assert.Throws<WarehouseException>(() => _warehouse.Load("customers", file));

        Assert.Equal(ExitCode.BadInput, error.ExitCode);
        Assert.StartsWith(
            $"{file}, line 1: the file looks UTF-16 encoded but has no byte-order mark",
            error.Message,
            StringComparison.Ordinal);
        Assert.Equal(0L, _warehouse.Scalar<long>("select count(*) from meta.load_batches"));
    }

    [Theory]
    [InlineData("latin-1", 28591, "José Álvarez; Zoë Müller ½")]
    [InlineData("iso-8859-1", 28591, "Ørsted ©")]
    [InlineData("windows-1252", 1252, "Zoë’s €uro Café – “Süd”")]
    [InlineData("cp1252", 1252, "Œuvre … ‰")]
    public void A_declared_single_byte_encoding_loads_with_the_right_text(string encoding, int codePage, string name)
    {
        // Bytes written by .NET's own code pages, independent of the loader's transcoding.
        var bytes = (codePage == 28591 ? Encoding.Latin1 : CodePagesEncodingProvider.Instance.GetEncoding(codePage)!)
            .GetBytes(Header + Record("C1", name));
        var file = _warehouse.WriteBytes("single-byte.csv", bytes);

        var result = LoadCustomers(file, new CsvDialect { Encoding = encoding });

        Assert.Equal((LoadStatus.Loaded, 1L), (result.Status, result.RowsLoaded));
        Assert.Equal(name, FullNameOf("C1"));
    }

    [Fact]
    public void An_undeclared_latin1_file_is_rejected_on_the_line_of_its_first_accent_saying_what_to_declare()
    {
        // Line 2 is plain ASCII and loads; line 3 holds é as the single Latin-1 byte 0xE9, not valid UTF-8.
        var good = string.Concat(Enumerable.Range(1, 30).Select(i => Record($"A{i}", "Jose")));
        var file = _warehouse.WriteBytes(
            "latin1.csv", Encoding.Latin1.GetBytes(Header + good + Record("B1", "José")));

        var result = _warehouse.Load("customers", file);

        var reject = Assert.Single(result.FirstRejects);
        Assert.Equal((32L, "full_name"), (reject.Line!.Value, reject.Column));
        Assert.StartsWith("not valid UTF-8", reject.Rule, StringComparison.Ordinal);
        Assert.Contains("\"encoding\": \"latin-1\"", reject.Rule, StringComparison.Ordinal);
        Assert.Equal((30L, 1L), (result.RowsLoaded, result.RecordsRejected));
    }

    [Fact]
    public void A_byte_order_mark_that_contradicts_the_declared_encoding_refuses_the_file()
    {
        var text = Header + Record("C1", "José");
        var file = _warehouse.WriteBytes(
            "bom-1252.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        var error = Assert.Throws<WarehouseException>(
            () => LoadCustomers(file, new CsvDialect { Encoding = "windows-1252" }));

        Assert.Contains(
            "starts with a UTF-8 byte-order mark, but its dialect declares", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reloading_a_transcoded_file_changes_nothing_and_its_fingerprint_is_of_the_delivered_bytes()
    {
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        byte[] bytes = [.. utf16.GetPreamble(), .. utf16.GetBytes(Header + Record("C1", "José"))];
        var file = _warehouse.WriteBytes("utf16.csv", bytes);
        _warehouse.Load("customers", file);
        _warehouse.Reopen();

        var again = _warehouse.Load("customers", file);

        Assert.Equal(LoadStatus.Unchanged, again.Status);
        Assert.Equal(1L, _warehouse.Scalar<long>("select count(*) from meta.load_batches"));
        Assert.Equal(
            (Convert.ToHexStringLower(SHA256.HashData(bytes)), (long)bytes.Length),
            (_warehouse.Scalar<string>("select file_sha256 from meta.load_batches"),
                _warehouse.Scalar<long>("select file_bytes from meta.load_batches")));
    }

    public void Dispose() => _warehouse.Dispose();

    private static string Record(string customerId, string fullName) =>
        $"{customerId},2025-01-31,{fullName},North,retail,active\n";

    private LoadResult LoadCustomers(string file, CsvDialect dialect) =>
        _warehouse.Loader.Load(_warehouse.Contracts.Get("customers") with { Dialect = dialect }, file);

    private string FullNameOf(string customerId) =>
        _warehouse.Scalar<string>($"select full_name from raw.customers where customer_id = '{customerId}'");
}
