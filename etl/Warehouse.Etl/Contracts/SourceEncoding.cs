namespace Warehouse.Etl.Contracts;

/// <summary>The character encodings a delimited extract may be written in.</summary>
public enum SourceEncoding
{
    /// <summary>UTF-8, with or without a byte-order mark; a UTF-16 file with a byte-order mark is read too.</summary>
    Utf8,

    /// <summary>UTF-16, little- or big-endian as its byte-order mark says; a file without one is refused.</summary>
    Utf16,

    /// <summary>ISO-8859-1: each byte is the Unicode character of the same number.</summary>
    Latin1,

    /// <summary>Windows code page 1252: Latin-1 with printable characters (€, ’, …) in 0x80-0x9F.</summary>
    Windows1252,
}
