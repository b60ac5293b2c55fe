using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>A pilot's sample-ratio status as laid out: the headline and the explanation's wrapped lines.</summary>
internal sealed record PilotStatusBox(TextStyle Headline, string Text, IReadOnlyList<string> Lines);
