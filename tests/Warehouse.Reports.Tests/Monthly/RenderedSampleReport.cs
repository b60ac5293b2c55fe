using Warehouse.Reports.Monthly;

namespace Warehouse.Reports.Tests.Monthly;

/// <summary>The sample report rendered once for a test class, as bytes and as text read back.</summary>
public sealed class RenderedSampleReport
{
    public RenderedSampleReport()
    {
        Bytes = Render(SampleMonthlyReport.Build());
        Text = PdfText.Read(Bytes);
        Words = PdfWords.Read(Bytes);
    }

    internal byte[] Bytes { get; }

    internal PdfText Text { get; }

    internal PdfWords Words { get; }

    internal static byte[] Render(MonthlyReport report)
    {
        using var output = new MemoryStream();
        new MonthlyReportRenderer().Render(report, output);
        return output.ToArray();
    }
}
