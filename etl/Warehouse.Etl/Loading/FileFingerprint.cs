using System.Security.Cryptography;

namespace Warehouse.Etl.Loading;

/// <summary>The identity of a delivered file: its SHA-256 and size. The same bytes are the same delivery.</summary>
internal sealed record FileFingerprint(string Sha256, long Bytes)
{
    public static FileFingerprint Of(string path)
    {
        using var stream = File.OpenRead(path);
        var hash = SHA256.HashData(stream);
        return new FileFingerprint(Convert.ToHexStringLower(hash), stream.Length);
    }
}
