using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>
/// The top of a pilot's block: its name as the heading with its id in small type beside it, a strip of facts
/// (owner, treatment dates, outcome window, planned split) and, for a pilot whose outcome windows lie outside
/// the months the report covers, a sentence saying when it ran.
/// </summary>
internal sealed class PilotHeader
{
    private const float FactGap = 12f;

    private static readonly float[] FactWeights = [1.05f, 1.35f, 1.35f, 1.35f];

    private readonly string _name;

    private readonly string _id;

    private readonly IReadOnlyList<(string Label, string Value)> _facts;

    private readonly string? _elsewhere;

    private PilotHeader(string name, string id, IReadOnlyList<(string, string)> facts, string? elsewhere)
    {
        _name = name;
        _id = id;
        _facts = facts;
        _elsewhere = elsewhere;
    }

    private static TextStyle NameStyle => ReportTheme.Subheading;

    private static TextStyle IdStyle => ReportTheme.Note;

    private static TextStyle LabelStyle => ReportTheme.Note.WithSize(7.5f);

    private static TextStyle ValueStyle => ReportTheme.Body.WithSize(9f);

    private static TextStyle ElsewhereStyle => ReportTheme.Body with { Typeface = ReportFonts.Bold };

    /// <summary>
    /// The header of the pilot <paramref name="pilotId"/> as <paramref name="report"/> describes it; a pilot
    /// that <c>core.dim_pilot</c> lacks keeps the name the lift job wrote and says it has no description.
    /// </summary>
    public static PilotHeader For(MonthlyReport report, string pilotId, string liftName)
    {
        var pilot = report.Pilots.FirstOrDefault(p => string.Equals(p.PilotId, pilotId, StringComparison.Ordinal));
        if (pilot is null)
        {
            return new PilotHeader(
                liftName,
                pilotId,
                [("Pilot", "not described in the warehouse's pilot table (core.dim_pilot)")],
                null);
        }

        IReadOnlyList<(string, string)> facts =
        [
            ("Owner", pilot.Owner),
            ("Customers treated", Treated(pilot)),
            ("Outcome window", $"{FigureFormat.Count(pilot.OutcomeWindowDays)} days after assignment"),
            ("Planned split",
                $"{FigureFormat.Rate(pilot.PlannedSplit)} pilot, {FigureFormat.Rate(1 - pilot.PlannedSplit)} control"),
        ];
        return new PilotHeader(pilot.PilotName, pilotId, facts, Elsewhere(report.Month, pilot));
    }

    /// <summary>First day of the earliest month the report covers: the report month and the twelve before.</summary>
    public static DateOnly CoverageStart(DateOnly month) => new DateOnly(month.Year, month.Month, 1).AddMonths(-12);

    /// <summary>Height the header takes at <paramref name="width"/> points, the space after it included.</summary>
    public float Height(float width)
    {
        var height = NameLines(width).Count * NameStyle.LineHeight + 4f + FactsHeight(width) + 8f;
        if (_elsewhere is not null)
        {
            height += (TextWrapper.Wrap(_elsewhere, ElsewhereStyle, width).Count * ElsewhereStyle.LineHeight) + 8f;
        }

        return height;
    }

    /// <summary>Draws the header at the layout's cursor; the caller has made room for it.</summary>
    public void Draw(ReportLayout layout)
    {
        var top = layout.Cursor;
        foreach (var line in NameLines(layout.Width))
        {
            var box = layout.Reserve(NameStyle.LineHeight);
            top = Math.Min(top, box.Top);
            NameStyle.Draw(layout.Canvas, line, box.Left, box.Top);
        }

        // The id sits on the heading's first line, its baseline near the name's.
        var idTop = top + NameStyle.LineHeight - IdStyle.LineHeight;
        IdStyle.Draw(layout.Canvas, IdText, layout.Right, idTop, SKTextAlign.Right);
        layout.Space(4f);

        DrawFacts(layout);
        layout.Space(8f);
        if (_elsewhere is not null)
        {
            layout.Paragraph(_elsewhere, ElsewhereStyle, 8f);
        }
    }

    private string IdText => $"Pilot id {_id}";

    // The name wraps short of the id, so the two never meet on the first line.
    private IReadOnlyList<string> NameLines(float width) =>
        TextWrapper.Wrap(_name, NameStyle, width - IdStyle.Measure(IdText) - FactGap);

    private float[] FactWidths(float width)
    {
        var weights = FactWeights.Take(_facts.Count).ToArray();
        var room = width - ((_facts.Count - 1) * FactGap);
        return weights.Select(w => room * w / weights.Sum()).ToArray();
    }

    private float FactsHeight(float width)
    {
        var widths = FactWidths(width);
        var tallest = _facts
            .Select((fact, i) => TextWrapper.Wrap(fact.Value, ValueStyle, widths[i]).Count)
            .Max();
        return LabelStyle.LineHeight + (tallest * ValueStyle.LineHeight);
    }

    private void DrawFacts(ReportLayout layout)
    {
        var widths = FactWidths(layout.Width);
        var box = layout.Reserve(FactsHeight(layout.Width));
        var left = box.Left;
        for (var index = 0; index < _facts.Count; index++)
        {
            var (label, value) = _facts[index];
            LabelStyle.Draw(layout.Canvas, label, left, box.Top);
            var top = box.Top + LabelStyle.LineHeight;
            foreach (var line in TextWrapper.Wrap(value, ValueStyle, widths[index]))
            {
                ValueStyle.Draw(layout.Canvas, line, left, top);
                top += ValueStyle.LineHeight;
            }

            left += widths[index] + FactGap;
        }
    }

    private static string Treated(Pilot pilot) => pilot.EndDate switch
    {
        null => $"since {FigureFormat.Day(pilot.StartDate)} (running)",
        { } end when end == pilot.StartDate => $"on {FigureFormat.Day(end)}",
        { } end => $"{FigureFormat.Day(pilot.StartDate)} to {FigureFormat.Day(end)}",
    };

    // Results from windows wholly outside the report's thirteen months are another period's: say which.
    private static string? Elsewhere(DateOnly month, Pilot pilot)
    {
        if (!pilot.HasOutcomesOnlyOutside(CoverageStart(month), month))
        {
            return null;
        }

        var start = FigureFormat.Month(pilot.StartDate);
        var when = pilot.EndDate switch
        {
            null => $"started in {start}",
            { } end when FigureFormat.Month(end) == start => $"ran in {start}",
            { } end => $"ran from {start} to {FigureFormat.Month(end)}",
        };
        return $"These results come from a pilot that {when}, not in the report month.";
    }
}
