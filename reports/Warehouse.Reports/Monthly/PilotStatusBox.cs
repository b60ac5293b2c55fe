using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>
/// A pilot's status as laid out: the headline's and the explanation's wrapped lines, and the headline's style.
/// </summary>
internal sealed record PilotStatusBox(
    TextStyle Headline,
    IReadOnlyList<string> HeadlineLines,
    IReadOnlyList<string> Lines);
