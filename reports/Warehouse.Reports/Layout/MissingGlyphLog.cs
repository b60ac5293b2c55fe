using System.Text;

namespace Warehouse.Reports.Layout;

/// <summary>
/// The characters the report fonts had no glyph for while one report was drawn, each once, in code point
/// order. Started by a renderer around its drawing and disposed after it; text drawn with no log active is
/// still made printable, only not recorded.
/// </summary>
/// <remarks>
/// Implementation note: text is drawn from many places, often with a bare canvas and a style
/// (<see cref="TextStyle.Draw"/>), so the log is ambient for the flow that started it rather than passed to
/// every call. It follows the execution context, so renders on other threads keep their own logs.
/// </remarks>
internal sealed class MissingGlyphLog : IDisposable
{
    private static readonly AsyncLocal<MissingGlyphLog?> Active = new();

    private readonly SortedSet<int> _codePoints = [];

    private readonly MissingGlyphLog? _outer;

    private MissingGlyphLog(MissingGlyphLog? outer)
    {
        _outer = outer;
    }

    /// <summary>The characters recorded so far, in code point order.</summary>
    public IReadOnlyList<Rune> Characters => _codePoints.Select(c => new Rune(c)).ToList();

    /// <summary>Starts a log that records until it is disposed; an outer log resumes after that.</summary>
    public static MissingGlyphLog Begin()
    {
        var log = new MissingGlyphLog(Active.Value);
        Active.Value = log;
        return log;
    }

    /// <summary>Records <paramref name="character"/> in the active log, if there is one.</summary>
    public static void Record(Rune character) => Active.Value?._codePoints.Add(character.Value);

    public void Dispose()
    {
        if (ReferenceEquals(Active.Value, this))
        {
            Active.Value = _outer;
        }
    }
}
