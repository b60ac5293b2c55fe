using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Warehouse.Reports.Layout;

/// <summary>
/// Makes text drawable with the report fonts: a character the font has no glyph for would print as an empty
/// box that a reader cannot tell from a space, so it is swapped for <see cref="Marker"/> and recorded in the
/// active <see cref="MissingGlyphLog"/>.
/// </summary>
internal static class GlyphCoverage
{
    /// <summary>What stands in for a character the font lacks: U+FFFD, the replacement character.</summary>
    public const char Marker = '\uFFFD';

    /// <summary>
    /// <paramref name="text"/> as <paramref name="font"/> can draw it: every character without a glyph replaced
    /// by <see cref="Marker"/> (one marker for one character, so widths stay comparable), control characters by
    /// a space, line breaks kept. When <paramref name="record"/> is set each missing character is recorded in the
    /// active <see cref="MissingGlyphLog"/>; measuring passes false, since measured text may never be drawn.
    /// </summary>
    public static string Printable(string text, SKFont font, bool record)
    {
        if (font.ContainsGlyphs(text) && !text.Any(IsControlButLineBreak))
        {
            return text;
        }

        var printable = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n')
            {
                printable.Append('\n');
            }
            else if (Rune.IsControl(rune))
            {
                printable.Append(' ');
            }
            else if (font.GetGlyph(rune.Value) == 0)
            {
                printable.Append(Marker);
                if (record)
                {
                    MissingGlyphLog.Record(rune);
                }
            }
            else
            {
                printable.Append(rune.ToString());
            }
        }

        return printable.ToString();
    }

    /// <summary>
    /// Records in the active <see cref="MissingGlyphLog"/> the characters of <paramref name="text"/> that
    /// <paramref name="style"/> cannot draw, as drawing it would, for text that is drawn only later.
    /// </summary>
    public static void Record(string text, TextStyle style)
    {
        using var font = style.CreateFont();
        _ = Printable(text, font, record: true);
    }

    /// <summary>A character as a reader can look it up: "U+4E2D".</summary>
    public static string CodePoint(Rune rune) =>
        string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}");

    private static bool IsControlButLineBreak(char c) => c != '\n' && char.IsControl(c);
}
