using System.Text;

namespace Warehouse.Reports.Layout;

/// <summary>
/// The appendix note that lists the characters a report could not draw, so that a reader who meets the
/// marker in the text knows it stands for a real character and which one.
/// </summary>
internal static class MissingGlyphNote
{
    public const string Heading = "Characters the report font cannot show";

    /// <summary>
    /// Writes the note at the layout's cursor; writes nothing when <paramref name="characters"/> is empty.
    /// </summary>
    public static void Write(ReportLayout layout, IReadOnlyList<Rune> characters)
    {
        if (characters.Count == 0)
        {
            return;
        }

        var text = $"The data holds {Count(characters.Count)} that the report's font, DejaVu Sans, has no glyph for. "
            + $"Each is printed as {GlyphCoverage.Marker} wherever it occurs, so that it is not mistaken for a "
            + $"space: {string.Join(", ", characters.Select(GlyphCoverage.CodePoint))}.";
        var body = TextWrapper.Wrap(text, ReportTheme.Body, layout.Width).Count * ReportTheme.Body.LineHeight;
        layout.Space(10f);
        layout.Heading(Heading, ReportTheme.Subheading, body, 3f);
        layout.Paragraph(text, ReportTheme.Body);
    }

    private static string Count(int characters) =>
        characters == 1 ? "1 character" : $"{characters} characters";
}
