using System.Security.Cryptography;
using System.Text;
using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Loading;

/// <summary>
/// A private copy of one extract file, taken once and hashed while it is copied, in a folder of its own
/// beside the warehouse. The loader reads only the copy, so the rows it loads and the fingerprint it
/// records come from the same bytes even when a writer is still at the file. A delimited file in UTF-16
/// (with a byte-order mark) or in a declared Latin-1 or Windows-1252 becomes UTF-8 in the copy, line for
/// line, so DuckDB, the header and the record index all read UTF-8 and line numbers stay those of the
/// original. Disposing deletes the copy.
/// </summary>
internal sealed class FileSnapshot : IDisposable
{
    private const int BlockBytes = 1 << 16;

    private readonly string _folder;

    private FileSnapshot(string folder, string path, FileFingerprint fingerprint)
    {
        _folder = folder;
        Path = path;
        Fingerprint = fingerprint;
    }

    /// <summary>The copy to read; it has the original's file name, so its extension and messages match.</summary>
    public string Path { get; }

    /// <summary>SHA-256 and size of the original bytes, before any transcoding.</summary>
    public FileFingerprint Fingerprint { get; }

    /// <summary>
    /// Copies <paramref name="file"/> into a folder of its own beside the warehouse (in the temp folder for an
    /// in-memory one), first deleting the copies a killed load left there. Throws a
    /// <see cref="WarehouseException"/> (<see cref="ExitCode.BadInput"/>) when the file changed while it was
    /// copied, or when its byte-order mark and the declared encoding cannot both be right; nothing is left
    /// behind then.
    /// </summary>
    /// <param name="file">Full path of the extract file.</param>
    /// <param name="warehouse">
    /// Path of the warehouse file, whose write lock the caller holds, or <c>:memory:</c>.
    /// </param>
    /// <param name="encoding">The declared encoding of a delimited file; null to copy the bytes as they are.</param>
    /// <param name="afterFirstBlock">
    /// Runs with the copy's path once the first block is copied: a seam for tests to rewrite the file.
    /// </param>
    public static FileSnapshot Take(
        string file, string warehouse, SourceEncoding? encoding, Action<string>? afterFirstBlock = null)
    {
        var folder = OwnFolder(warehouse);
        var path = System.IO.Path.Combine(folder, System.IO.Path.GetFileName(file));
        try
        {
            return new FileSnapshot(folder, path, Copy(file, path, encoding, afterFirstBlock));
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>
    /// Names the original file instead of the copy in a failure of <paramref name="read"/>, which is given
    /// the copy's path: a user knows the file they named, never the private copy.
    /// </summary>
    public T Read<T>(string original, Func<string, T> read)
    {
        try
        {
            return read(Path);
        }
        catch (WarehouseException ex) when (ex.Message.Contains(Path, StringComparison.Ordinal))
        {
            throw new WarehouseException(
                ex.Message.Replace(Path, original, StringComparison.Ordinal), ex, ex.ExitCode);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string OwnFolder(string warehouse)
    {
        if (warehouse == ":memory:")
        {
            return Directory.CreateTempSubdirectory("warehouse-load-").FullName;
        }

        // Only the process holding the warehouse's write lock loads into it, so a copy named after the
        // warehouse that is already there was left by a load that was killed.
        var full = System.IO.Path.GetFullPath(warehouse);
        var beside = System.IO.Path.GetDirectoryName(full)!;
        var prefix = System.IO.Path.GetFileName(full) + ".load-";
        foreach (var leftover in Directory.EnumerateDirectories(beside, prefix + "*"))
        {
            Directory.Delete(leftover, recursive: true);
        }

        var folder = System.IO.Path.Combine(beside, prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static FileFingerprint Copy(
        string file, string path, SourceEncoding? encoding, Action<string>? afterFirstBlock)
    {
        var before = new FileInfo(file);
        var (length, written) = (before.Length, before.LastWriteTimeUtc);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long copied = 0;
        using (var source = new FileStream(
            file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, BlockBytes))
        using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BlockBytes))
        {
            var block = new byte[BlockBytes];
            Transcoder? transcoder = null;
            int read;
            while ((read = source.ReadAtLeast(block, block.Length, throwOnEndOfStream: false)) > 0)
            {
                hash.AppendData(block, 0, read);
                var skip = 0;
                if (copied == 0)
                {
                    (transcoder, skip) = TranscoderFor(file, block.AsSpan(0, read), encoding);
                }

                if (transcoder is null)
                {
                    target.Write(block, skip, read - skip);
                }
                else
                {
                    transcoder.Write(block, skip, read - skip, target);
                }

                if (copied == 0)
                {
                    afterFirstBlock?.Invoke(path);
                }

                copied += read;
            }

            transcoder?.Finish(target);
        }

        // A writer that appends, truncates or rewrites the file while it is copied changes its length or its
        // last write time; the copy would then hold neither the old file nor the new one.
        var after = new FileInfo(file);
        if (!after.Exists || after.Length != length || after.LastWriteTimeUtc != written || copied != length)
        {
            throw new WarehouseException(
                $"{file}: changed while being read; load it again once the writer has finished. Nothing was "
                + $"loaded (the file had {length} bytes when the read began, "
                + $"{(after.Exists ? after.Length : 0)} when it ended).",
                ExitCode.BadInput);
        }

        return new FileFingerprint(Convert.ToHexStringLower(hash.GetHashAndReset()), copied);
    }

    /// <summary>
    /// How the file's bytes become UTF-8, from its first bytes and the declared encoding: null when they are
    /// UTF-8 already, and how many bytes of byte-order mark to drop.
    /// </summary>
    private static (Transcoder? Transcoder, int Skip) TranscoderFor(
        string file, ReadOnlySpan<byte> start, SourceEncoding? declared)
    {
        if (declared is not { } encoding)
        {
            return (null, 0);
        }

        var mark = ByteOrderMark(start);
        if (mark == "UTF-32")
        {
            throw Refusal(file, "the file is UTF-32 encoded (it starts with a UTF-32 byte-order mark), which is "
                + "not supported. Save the file as UTF-8");
        }

        if (mark is not null && encoding is SourceEncoding.Latin1 or SourceEncoding.Windows1252)
        {
            throw Refusal(file, $"the file starts with a {mark} byte-order mark, but its dialect declares the "
                + $"encoding {encoding}. A byte-order mark names the encoding: remove the dialect's encoding");
        }

        switch (mark, encoding)
        {
            case ("UTF-16LE" or "UTF-16BE", _):
                return (new Transcoder(file, new UnicodeEncoding(mark == "UTF-16BE", false, true)), 2);
            case ("UTF-8", SourceEncoding.Utf16):
                throw Refusal(file, "the dialect declares UTF-16, but the file starts with a UTF-8 byte-order mark. "
                    + "Declare the encoding utf-8");
            case (null, SourceEncoding.Utf16):
                throw Refusal(file, "the dialect declares UTF-16, but the file has no byte-order mark, so its "
                    + "byte order is unknown. Save it as UTF-16 with a byte-order mark, or as UTF-8");
            case (null, SourceEncoding.Latin1):
                return (new Transcoder(file, Encoding.Latin1), 0);
            case (null, SourceEncoding.Windows1252):
                return (new Transcoder(file, CodePagesEncodingProvider.Instance.GetEncoding(
                    1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!), 0);
            default:
                break;
        }

        // Text in UTF-16 has a zero byte beside every ASCII character; UTF-8 text has none at its start.
        if (mark is null && start.Length >= 2 && (start[0] == 0) != (start[1] == 0))
        {
            throw Refusal(file, "the file looks UTF-16 encoded but has no byte-order mark, so its byte order is "
                + "unknown. Save the file as UTF-8, or as UTF-16 with a byte-order mark");
        }

        return (null, 0);
    }

    private static string? ByteOrderMark(ReadOnlySpan<byte> start) => start switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] or [0x00, 0x00, 0xFE, 0xFF, ..] => "UTF-32",
        [0xEF, 0xBB, 0xBF, ..] => "UTF-8",
        [0xFF, 0xFE, ..] => "UTF-16LE",
        [0xFE, 0xFF, ..] => "UTF-16BE",
        _ => null,
    };

    private static WarehouseException Refusal(string file, string problem) =>
        new($"{file}, line 1: {problem}, and load it again. Nothing was loaded.", ExitCode.BadInput);

    /// <summary>Decodes blocks of one encoding and writes them as UTF-8, counting lines for its errors.</summary>
    private sealed class Transcoder
    {
        private readonly string _file;
        private readonly Encoding _encoding;
        private readonly Decoder _decoder;
        private readonly Encoder _utf8 = new UTF8Encoding(false).GetEncoder();
        private readonly char[] _chars;
        private readonly byte[] _bytes;
        private long _lines = 1;

        public Transcoder(string file, Encoding encoding)
        {
            _file = file;
            _encoding = encoding;
            _decoder = encoding.GetDecoder();
            _chars = new char[encoding.GetMaxCharCount(BlockBytes)];
            _bytes = new byte[Encoding.UTF8.GetMaxByteCount(_chars.Length)];
        }

        public void Write(byte[] block, int offset, int count, Stream target) =>
            Transcode(block, offset, count, target, flush: false);

        public void Finish(Stream target) => Transcode([], 0, 0, target, flush: true);

        private void Transcode(byte[] block, int offset, int count, Stream target, bool flush)
        {
            int chars;
            try
            {
                chars = _decoder.GetChars(block, offset, count, _chars, 0, flush);
            }
            catch (DecoderFallbackException ex)
            {
                // The line of the bad bytes: those before them in this block decode, replacing what cannot.
                var lenient = (Encoding)_encoding.Clone();
                lenient.DecoderFallback = DecoderFallback.ReplacementFallback;
                var before = lenient.GetString(block, offset, Math.Clamp(ex.Index, 0, count));
                throw new WarehouseException(
                    $"{_file}, line {_lines + before.Count(c => c == '\n')}: bytes that are not valid "
                    + $"{_encoding.WebName}. Nothing was loaded; correct them at the source, or declare the "
                    + "file's real encoding in its dialect.",
                    ex,
                    ExitCode.BadInput);
            }

            _lines += _chars.AsSpan(0, chars).Count('\n');
            var bytes = _utf8.GetBytes(_chars, 0, chars, _bytes, 0, flush);
            target.Write(_bytes, 0, bytes);
        }
    }
}
