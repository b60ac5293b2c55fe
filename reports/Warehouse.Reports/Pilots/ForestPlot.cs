using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Pilots;

/// <summary>
/// A pilot's goals as a forest plot drawn in vectors: one row per goal with the estimate its verdict rests on and
/// the 95% interval, a dashed line at no effect and, for a guardrail, a solid line at its margin. Goals are in
/// different units (percentage points, NPS points, amounts), so each row has its own scale, printed at its ends;
/// beside it the figures in words and the goal's verdict. An observational pilot's plot says so above the rows;
/// a pilot that is not decision-ready has its intervals greyed and a warning band across the plot.
/// </summary>
internal static class ForestPlot
{
    private const float RowHeight = 36f;

    private const float BandHeight = 16f;

    private const float AxisPad = 0.12f;

    private static readonly SKColor Greyed = new(0x9A, 0xA3, 0xAE);

    /// <summary>Height in points of the plot of <paramref name="goals"/> goals.</summary>
    public static float Height(int goals, bool isObservational, bool isDecisionReady) =>
        ReportTheme.TableHeader.LineHeight + 6f
        + (isObservational ? BandHeight + 3f : 0f)
        + (isDecisionReady ? 0f : BandHeight + 3f)
        + (goals * RowHeight)
        + ReportTheme.Note.LineHeight + 4f;

    /// <summary>Draws the plot full width at the layout's cursor, on a new page when it does not fit.</summary>
    public static void Draw(ReportLayout layout, IReadOnlyList<PilotGoal> goals, bool isDecisionReady)
    {
        var isObservational = goals.Any(g => g.IsObservational);
        var box = layout.Reserve(Height(goals.Count, isObservational, isDecisionReady));
        var canvas = layout.Canvas;
        var labelWidth = box.Width * 0.30f;
        var plotLeft = box.Left + labelWidth + 8f;
        var plotRight = box.Left + (box.Width * 0.68f);
        var textLeft = plotRight + 12f;

        var top = box.Top;
        if (isObservational)
        {
            DrawBand(canvas, box, top, ReportTheme.AccentLight, ReportTheme.Accent, VerdictText.ObservationalLabel
                + " estimates against a comparison group");
            top += BandHeight + 3f;
        }

        if (!isDecisionReady)
        {
            DrawBand(canvas, box, top, ReportTheme.WarningFill, ReportTheme.Bad,
                VerdictText.NotDecisionReady.ToUpperInvariant() + ": do not act on these figures");
            top += BandHeight + 3f;
        }

        var header = ReportTheme.TableHeader;
        header.Draw(canvas, "Goal", box.Left, top);
        header.Draw(canvas, "Lift with 95% interval (own scale per row)", plotLeft, top);
        header.Draw(canvas, "Estimate [95% interval], verdict", textLeft, top);
        top += header.LineHeight + 6f;

        foreach (var goal in goals)
        {
            DrawRow(canvas, goal, isDecisionReady, box.Left, plotLeft, plotRight, textLeft, box.Right, top);
            top += RowHeight;
        }

        ReportTheme.Note.Draw(
            canvas,
            "Dashed line: no effect. Solid red line: a guardrail's margin, the largest worsening tolerated. "
            + "Bold: the primary goal.",
            box.Left,
            top + 4f);
    }

    private static void DrawBand(SKCanvas canvas, SKRect box, float top, SKColor fill, SKColor ink, string text)
    {
        using var paint = new SKPaint { Color = fill, IsAntialias = true };
        canvas.DrawRoundRect(new SKRect(box.Left, top, box.Right, top + BandHeight), 2f, 2f, paint);
        var style = new TextStyle(ReportFonts.Bold, 8f, ink);
        style.Draw(canvas, text, box.Left + 6f, top + ((BandHeight - style.LineHeight) / 2));
    }

    private static void DrawRow(
        SKCanvas canvas,
        PilotGoal goal,
        bool isDecisionReady,
        float left,
        float plotLeft,
        float plotRight,
        float textLeft,
        float right,
        float top)
    {
        using var rule = new SKPaint { Color = ReportTheme.Rule, StrokeWidth = 0.5f, IsAntialias = true };
        canvas.DrawLine(left, top + RowHeight - 1f, right, top + RowHeight - 1f, rule);

        var name = goal.IsPrimary ? ReportTheme.TableBody.WithSize(8.5f) with { Typeface = ReportFonts.Bold }
            : ReportTheme.TableBody.WithSize(8.5f);
        var detail = ReportTheme.TableDetail;
        var labelWidth = plotLeft - left - 8f;
        name.Draw(canvas, TextWrapper.Ellipsized(Monthly.PilotMetricLabels.For(goal.Metric), name, labelWidth), left,
            top + 4f);
        detail.Draw(canvas, TextWrapper.Ellipsized(VerdictText.RoleDetail(goal), detail, labelWidth), left,
            top + 4f + name.LineHeight);

        var middle = top + 14f;
        if (goal.DecisionLift is not { } estimate || !double.IsFinite(estimate))
        {
            // The verdict's reason names what stopped the deciding estimate; the note may lead with another figure's.
            var why = "no estimate: " + (goal.VerdictReason ?? goal.Note ?? "the lift job gave none");
            detail.Draw(canvas, TextWrapper.Ellipsized(why, detail, plotRight - plotLeft), plotLeft, middle - 5f);
        }
        else
        {
            DrawInterval(canvas, goal, estimate, isDecisionReady, plotLeft, plotRight, middle);
        }

        var figures = $"{MetricFormat.Change(goal.MetricKind, goal.DecisionLift)} "
            + Bracketed(goal.MetricKind, goal.DecisionCiLow, goal.DecisionCiHigh);
        var textWidth = right - textLeft;
        ReportTheme.TableBody.Draw(canvas, TextWrapper.Ellipsized(figures, ReportTheme.TableBody, textWidth), textLeft,
            top + 4f);
        var verdict = new TextStyle(ReportFonts.Bold, 7.5f, VerdictText.Color(goal.GoalVerdict));
        var verdictTop = top + 4f + ReportTheme.TableBody.LineHeight;
        verdict.Draw(canvas, VerdictText.Label(goal.GoalVerdict), textLeft, verdictTop);
        detail.Draw(canvas, TextWrapper.Ellipsized(ShortBasis(goal.DecisionBasis), detail, textWidth),
            textLeft + verdict.Measure(VerdictText.Label(goal.GoalVerdict)) + 6f,
            verdictTop + 0.5f);
    }

    private static void DrawInterval(
        SKCanvas canvas,
        PilotGoal goal,
        double estimate,
        bool isDecisionReady,
        float plotLeft,
        float plotRight,
        float middle)
    {
        var low = Finite(goal.DecisionCiLow);
        var high = Finite(goal.DecisionCiHigh);
        var (from, to) = Scale(goal, estimate, low, high);
        float X(double value) => plotLeft + (float)((value - from) / (to - from) * (plotRight - plotLeft));

        using var axis = new SKPaint { Color = ReportTheme.Rule, StrokeWidth = 0.6f, IsAntialias = true };
        canvas.DrawLine(plotLeft, middle + 7f, plotRight, middle + 7f, axis);
        var tick = ReportTheme.TableDetail.WithSize(6f);
        tick.Draw(canvas, MetricFormat.Change(goal.MetricKind, from), plotLeft, middle + 8f);
        tick.Draw(canvas, MetricFormat.Change(goal.MetricKind, to), plotRight, middle + 8f, SKTextAlign.Right);

        using (var zero = new SKPaint
        {
            Color = ReportTheme.MutedInk,
            StrokeWidth = 0.8f,
            IsAntialias = true,
            PathEffect = SKPathEffect.CreateDash([3f, 2f], 0f),
        })
        {
            canvas.DrawLine(X(0), middle - 9f, X(0), middle + 7f, zero);
        }

        if (goal.IsGuardrail && goal.MarginLine is { } margin)
        {
            using var line = new SKPaint
            {
                Color = Layout.ChartPalette.For(1).Color,
                StrokeWidth = 1.4f,
                IsAntialias = true,
            };
            canvas.DrawLine(X(margin), middle - 9f, X(margin), middle + 7f, line);
        }

        var color = isDecisionReady ? Layout.ChartPalette.For(0).Color : Greyed;
        using var ink = new SKPaint { Color = color, StrokeWidth = 2.4f, IsAntialias = true };
        if (low is { } l && high is { } h)
        {
            canvas.DrawLine(X(l), middle, X(h), middle, ink);
        }

        ink.Style = SKPaintStyle.Fill;
        canvas.DrawCircle(X(estimate), middle, goal.IsPrimary ? 4.2f : 3.4f, ink);
    }

    // Every drawn value in view with headroom, zero always among them so that its side can be read.
    private static (double From, double To) Scale(PilotGoal goal, double estimate, double? low, double? high)
    {
        var values = new List<double> { 0, estimate };
        values.AddRange(new[] { low, high, goal.IsGuardrail ? goal.MarginLine : null }
            .Where(v => v is not null)
            .Select(v => v!.Value));
        var (min, max) = (values.Min(), values.Max());
        var span = max - min;
        if (span <= 0)
        {
            span = goal.MetricKind == "rate" ? 0.02 : 2;
            (min, max) = (min - (span / 2), max + (span / 2));
        }

        return (min - (span * AxisPad), max + (span * AxisPad));
    }

    private static string ShortBasis(string? basis) => basis switch
    {
        "difference_in_differences" => "diff.-in-diff., observational",
        "cuped" => "CUPED-adjusted",
        "raw" => "raw difference",
        _ => VerdictText.Basis(basis),
    };

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    private static string Bracketed(string? kind, double? low, double? high) =>
        Finite(low) is { } l && Finite(high) is { } h
            ? $"[{MetricFormat.Change(kind, l)}, {MetricFormat.Change(kind, h)}]"
            : "(no interval)";
}
