using System.Globalization;
using System.Text;

namespace Warehouse.Etl.Lift;

/// <summary>
/// Renders power rows (<see cref="PilotPlanner"/>) for <c>warehouse pilot plan</c>: one table per pilot with
/// the size planned for, the baseline, the minimum detectable effect and the customers needed for the effect
/// seen so far, then the notes.
/// </summary>
public static class PilotPlanFormatter
{
    private static readonly (string Title, bool AlignRight)[] Header =
    [
        ("metric", false),
        ("role", false),
        ("baseline", true),
        ("sd", true),
        ("customers", true),
        ("MDE", true),
        ("MDE rel.", true),
        ("margin", true),
        ("seen so far", true),
        ("needed", true),
    ];

    /// <summary>The text; ends with a line break.</summary>
    public static string Format(IReadOnlyList<PilotPower> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);

        var text = new StringBuilder();
        foreach (var pilot in rows.GroupBy(r => r.PilotId, StringComparer.Ordinal))
        {
            var first = pilot.First();
            var size = first.Customers is { } customers
                ? $"{LiftFigures.Count(customers)} customers ({first.SizeBasis})"
                : "no size";
            var design = first.Design == PilotDesign.Observational ? ", observational" : "";
            var heading = string.Create(
                CultureInfo.InvariantCulture,
                $"Pilot {pilot.Key} ({first.Status}{design}): {size}, "
                + $"{LiftFigures.Percent(first.PilotShare, decimals: 0, signed: false)} in the pilot arm, "
                + $"two-sided alpha {first.Alpha:0.###}, power {first.Power:0.##}.");
            foreach (var line in AlignedTable.Wrap(heading, LiftTextReport.Width, "", "  "))
            {
                text.Append(line).Append('\n');
            }

            if (!first.IsDecisionReady && first.Status != LiftPilot.PlannedStatus)
            {
                text.Append("  NOT DECISION-READY (see warehouse lift): the effect seen so far, and the customers ")
                    .Append("needed for it,\n  rest on figures not to be acted on.\n");
            }

            var table = new AlignedTable(Header);
            var notes = new List<string>();
            foreach (var row in pilot)
            {
                var mark = "";
                if (row.Note is not null)
                {
                    notes.Add($"[{notes.Count + 1}] {row.Metric}: {row.Note}");
                    mark = $" [{notes.Count}]";
                }

                table.Add(Row(row, mark));
            }

            table.WriteTo(text, "  ");
            foreach (var note in notes)
            {
                foreach (var line in AlignedTable.Wrap(note, LiftTextReport.Width, "  ", "    "))
                {
                    text.Append(line).Append('\n');
                }
            }

            text.Append('\n');
        }

        text.Append("MDE: the smallest true effect the size detects with that power. Needed: customers to detect the ")
            .Append("effect seen so far;\nfor a guardrail, to show the effect stays within its margin.\n");
        return text.ToString();
    }

    private static string[] Row(PilotPower row, string mark)
    {
        var kind = row.MetricKind;
        return
        [
            row.Metric + mark,
            row.Role.ToName(),
            LiftFigures.Level(kind, row.BaselineMean),
            row.BaselineSd is { } sd ? LiftFigures.Amount(sd, signed: false) : LiftFigures.Missing,
            row.Customers is { } customers ? LiftFigures.Count(customers) : LiftFigures.Missing,
            row.MdeAbsolute is { } mde ? LiftFigures.Magnitude(kind, mde) : LiftFigures.Missing,
            LiftFigures.Percent(row.MdeRelative, decimals: 1, signed: false),
            row.Margin is { } margin ? LiftFigures.Magnitude(kind, margin) : "",
            LiftFigures.Difference(kind, row.ObservedLift, withUnit: true),
            row.CustomersNeeded is { } needed ? LiftFigures.Count(needed) : LiftFigures.Missing,
        ];
    }
}
