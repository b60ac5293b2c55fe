using System.Security.Cryptography;
using System.Text;

namespace Warehouse.Etl.Build;

/// <summary>
/// The secret key that pseudonymises customer ids. With a key, every <c>customer_id</c> in the staging,
/// core and mart tables is <see cref="Token"/> of the source id: HMAC-SHA256 keyed with the UTF-8 bytes of
/// the key, over the UTF-8 bytes of the trimmed id, written as 64 lowercase hexadecimal digits. The same id
/// gives the same token in every extract and every build with the same key, so joins between risk and
/// engagement keep working; without the key a token cannot be turned back into an id. The raw tables keep
/// the source ids.
/// </summary>
/// <remarks>
/// The key is never written to the warehouse, logged or printed, and <see cref="ToString"/> does not show it.
/// Changing the key changes every token at the next build; ids in earlier exports then no longer match.
/// </remarks>
public sealed class PseudonymKey
{
    /// <summary>The environment variable holding the key when no key file is given.</summary>
    public const string EnvironmentVariable = "WAREHOUSE_PSEUDONYM_KEY";

    /// <summary>The shortest key accepted, in UTF-8 bytes: a short key could be found by trying keys.</summary>
    public const int MinimumBytes = 16;

    private readonly byte[] _key;

    private PseudonymKey(byte[] key)
    {
        _key = key;
    }

    /// <summary>
    /// The key written as text (surrounding white space, such as a file's final line break, ignored).
    /// Throws a <see cref="WarehouseException"/> with <see cref="ExitCode.Usage"/> naming
    /// <paramref name="source"/>, never the key, when it is shorter than <see cref="MinimumBytes"/>.
    /// </summary>
    public static PseudonymKey FromText(string text, string source)
    {
        var key = Encoding.UTF8.GetBytes(text.Trim());
        if (key.Length < MinimumBytes)
        {
            throw new WarehouseException(
                $"The pseudonym key from {source} is {key.Length} bytes long; use at least {MinimumBytes} "
                + "(for example 64 random hexadecimal digits: openssl rand -hex 32).",
                ExitCode.Usage);
        }

        return new PseudonymKey(key);
    }

    /// <summary>
    /// The key a build uses: the contents of <paramref name="keyFile"/> when given, else
    /// <see cref="EnvironmentVariable"/> when set, else null (customer ids are left as they are). Throws a
    /// <see cref="WarehouseException"/> when the file cannot be read or a key is too short.
    /// </summary>
    public static PseudonymKey? Resolve(string? keyFile)
    {
        if (!string.IsNullOrWhiteSpace(keyFile))
        {
            var path = Path.GetFullPath(keyFile);
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new WarehouseException(
                    $"The pseudonym key file {path} cannot be read: {ex.Message}", ex, ExitCode.BadInput);
            }

            return FromText(text, path);
        }

        return Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment
            ? FromText(fromEnvironment, EnvironmentVariable)
            : null;
    }

    /// <summary>The pseudonym of one customer id: 64 lowercase hexadecimal digits.</summary>
    public string Token(string customerId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(customerId)));

    /// <summary>Names the type only, so that a key written to a log by mistake shows nothing.</summary>
    public override string ToString() => nameof(PseudonymKey);
}
