using Warehouse.Reports.Monthly;

namespace Warehouse.Reports.Tests.Monthly;

/// <summary>Metric ids in the lift job's reasons, written as the names the reports give the metrics.</summary>
public sealed class PilotMetricLabelsTests
{
    [Fact]
    public void A_verdict_reason_names_each_metric_of_the_pilot_as_the_report_does()
    {
        // Reasons as the lift job writes them (PilotJudgement): "Primary <id>: ...", "guardrail <id>",
        // "Every guardrail holds (<id>, <id>)".
        const string reason = "Primary digital_actions: Met: the lift lies wholly on the better side of zero. "
            + "But guardrail nps: Inconclusive. Every guardrail holds (nps, roll_to_30_plus_rate).";

        var named = PilotMetricLabels.InText(reason, ["digital_actions", "nps", "roll_to_30_plus_rate", "nps"]);

        Assert.Equal(
            "Primary Digital actions: Met: the lift lies wholly on the better side of zero. "
                + "But guardrail NPS: Inconclusive. Every guardrail holds (NPS, Roll to 30+ days past due).",
            named);
    }

    [Fact]
    public void Only_whole_ids_of_the_pilots_own_metrics_are_renamed()
    {
        const string reason = "Primary nps_promoters: Met; snps and nps2 stay; engagement_rate is not this pilot's.";

        var named = PilotMetricLabels.InText(reason, ["nps", "nps_promoters"]);

        Assert.Equal(
            "Primary Nps promoters: Met; snps and nps2 stay; engagement_rate is not this pilot's.", named);
    }
}
