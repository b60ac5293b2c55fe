using System.Text;

namespace Warehouse.Reports.Layout;

/// <summary>What rendering a report produced besides its bytes.</summary>
/// <param name="Pages">Pages in the PDF, the cover included.</param>
/// <param name="MissingCharacters">
/// Characters of the report's text that its fonts have no glyph for, each once in code point order; each is
/// printed as U+FFFD and listed in the report's appendix. Empty when every character could be drawn.
/// </param>
public sealed record RenderedReport(int Pages, IReadOnlyList<Rune> MissingCharacters)
{
    /// <summary>The missing characters as a reader looks them up: "U+4E2D, U+0E01".</summary>
    public string MissingCharacterList => string.Join(", ", MissingCharacters.Select(GlyphCoverage.CodePoint));
}
