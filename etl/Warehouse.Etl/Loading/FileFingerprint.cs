namespace Warehouse.Etl.Loading;

/// <summary>
/// The identity of a delivered file: the SHA-256 and size of its bytes as delivered, before any transcoding.
/// The same bytes are the same delivery. Taken by <see cref="FileSnapshot"/> while it copies the file.
/// </summary>
internal sealed record FileFingerprint(string Sha256, long Bytes);
