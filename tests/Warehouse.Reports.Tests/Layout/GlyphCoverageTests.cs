using System.Text;
using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Tests.Layout;

/// <summary>Text in the scripts the data may hold, drawn with the shipped fonts and read back from the PDF.</summary>
public sealed class GlyphCoverageTests
{
    // U+4E2D, a CJK ideograph: DejaVu Sans covers Latin, Greek and Cyrillic but no CJK.
    private const string Missing = "\u4E2D";

    [Fact]
    public void Latin_greek_and_cyrillic_names_in_a_table_read_back_letter_for_letter()
    {
        string[] names =
        [
            "Sparkasse Łódź Öresund Ærø",
            "Τράπεζα Αθηνών Ωμέγα",
            "Кредитный союз Пермь Ёлка",
            "Crédit Mutuel Ñandú Ğüş",
        ];
        var table = new ReportTable([new TableColumn("Portfolio", 3f), new TableColumn("Accounts", 1f)]);
        foreach (var name in names)
        {
            table.Add(name, "1,000");
        }

        using var log = MissingGlyphLog.Begin();
        var text = PdfText.Read(LaidOutPdf.Render(table.Draw)).All;

        foreach (var name in names)
        {
            Assert.Contains($"{name} 1,000", text, StringComparison.Ordinal);
        }

        Assert.Empty(log.Characters);
        Assert.DoesNotContain(GlyphCoverage.Marker, text);
    }

    [Fact]
    public void The_character_these_tests_use_as_missing_is_absent_from_both_shipped_fonts()
    {
        using var regular = new SKFont(ReportFonts.Regular);
        using var bold = new SKFont(ReportFonts.Bold);

        Assert.Equal(0, regular.GetGlyph(Missing[0]));
        Assert.Equal(0, bold.GetGlyph(Missing[0]));
        Assert.NotEqual(0, regular.GetGlyph(GlyphCoverage.Marker));
        Assert.NotEqual(0, bold.GetGlyph(GlyphCoverage.Marker));
    }

    [Fact]
    public void A_character_the_font_lacks_prints_as_the_marker_and_is_recorded_once()
    {
        using var log = MissingGlyphLog.Begin();

        var text = PdfText.Read(LaidOutPdf.Render(layout =>
        {
            layout.Paragraph($"Pilot {Missing} north", ReportTheme.Body);
            layout.Paragraph($"Pilot {Missing} south", ReportTheme.Body with { Typeface = ReportFonts.Bold });
        })).All;

        Assert.Contains("Pilot \uFFFD north", text, StringComparison.Ordinal);
        Assert.Contains("Pilot \uFFFD south", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Missing, text, StringComparison.Ordinal);
        Assert.Equal([new Rune(0x4E2D)], log.Characters);
    }

    [Fact]
    public void A_character_outside_the_basic_plane_counts_as_one_character_and_one_marker()
    {
        // U+20000, the first ideograph of CJK extension B, is two UTF-16 code units; DejaVu Sans has no CJK.
        using var log = MissingGlyphLog.Begin();
        using var font = ReportTheme.Body.CreateFont();

        var printable = GlyphCoverage.Printable("a\U00020000b", font, record: true);

        Assert.Equal("a\uFFFDb", printable);
        Assert.Equal([new Rune(0x20000)], log.Characters);
    }

    [Fact]
    public void Control_characters_print_as_spaces_and_are_not_reported_as_missing()
    {
        using var log = MissingGlyphLog.Begin();
        using var font = ReportTheme.Body.CreateFont();

        var printable = GlyphCoverage.Printable("North\tregion\u0007", font, record: true);

        Assert.Equal("North region ", printable);
        Assert.Empty(log.Characters);
    }

    [Fact]
    public void Measuring_text_records_nothing_and_only_drawing_does()
    {
        using var log = MissingGlyphLog.Begin();

        var width = ReportTheme.Body.Measure($"Pilot {Missing}");

        Assert.Equal(ReportTheme.Body.Measure("Pilot \uFFFD"), width);
        Assert.Empty(log.Characters);
    }

    [Fact]
    public void Without_a_log_text_is_still_made_printable()
    {
        var text = PdfText.Read(LaidOutPdf.Render(layout => layout.Paragraph($"{Missing} east", ReportTheme.Body)))
            .All;

        Assert.Contains("\uFFFD east", text, StringComparison.Ordinal);
    }
}
