using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Tests.Layout;

public sealed class ChartFontsTests
{
    [Fact]
    public void The_shipped_fonts_are_dejavu_sans_regular_and_bold()
    {
        Assert.Equal("DejaVu Sans", ReportFonts.Regular.FamilyName);
        Assert.False(ReportFonts.Regular.IsBold);
        Assert.Equal("DejaVu Sans", ReportFonts.Bold.FamilyName);
        Assert.True(ReportFonts.Bold.IsBold);
    }

    [Fact]
    public void Scottplot_asking_for_the_report_family_gets_the_shipped_typefaces_not_a_system_font()
    {
        ChartFonts.Register();

        Assert.Same(ReportFonts.Regular, ScottPlot.Fonts.GetTypeface(ReportFonts.ChartFamilyName, false, false));
        Assert.Same(ReportFonts.Bold, ScottPlot.Fonts.GetTypeface(ReportFonts.ChartFamilyName, true, false));
    }

    [Fact]
    public void The_font_licence_ships_with_the_fonts()
    {
        using var stream = typeof(ReportFonts).Assembly.GetManifestResourceStream("fonts/LICENSE");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);

        Assert.Contains("Bitstream Vera Fonts Copyright", reader.ReadToEnd(), StringComparison.Ordinal);
    }
}
