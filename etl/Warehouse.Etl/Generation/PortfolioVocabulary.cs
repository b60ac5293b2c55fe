namespace Warehouse.Etl.Generation;

/// <summary>
/// The categories a generated portfolio draws from, with their shares. Values of columns that declare
/// allowed values must be among them; <see cref="ContractConformance"/> checks every written row.
/// </summary>
internal static class PortfolioVocabulary
{
    public static WeightedChoice Regions { get; } = new(
        ("north", 22), ("south", 25), ("east", 18), ("west", 20), ("central", 15));

    public static WeightedChoice Segments { get; } = new(
        ("mass_market", 56), ("emerging_affluent", 18), ("affluent", 9), ("small_business", 10), ("student", 7));

    public static WeightedChoice IncomeBands { get; } = new(
        ("low", 15), ("lower_middle", 25), ("middle", 30), ("upper_middle", 15), ("high", 8), ("unknown", 7));

    /// <summary>Income bands in order, for a band that moves one step up or down.</summary>
    public static IReadOnlyList<string> IncomeLadder { get; } =
        ["low", "lower_middle", "middle", "upper_middle", "high"];

    /// <summary>Customer-initiated digital actions: login, click, app action, visit, purchase, inbound call.</summary>
    public static WeightedChoice DigitalActions { get; } = new(
        ("login", 38), ("click", 17), ("app_action", 25), ("visit", 12), ("purchase", 3), ("call", 5));

    public static WeightedChoice LoginChannels { get; } = new(("app", 60), ("web", 40));

    public static WeightedChoice ClickChannels { get; } = new(("email", 50), ("web", 30), ("app", 20));

    public static WeightedChoice VisitChannels { get; } = new(("web", 70), ("app", 30));

    public static WeightedChoice OutboundCallOutcomes { get; } = new(
        ("connected", 35), ("no_answer", 40), ("left_message", 18), ("wrong_party", 7));

    public static WeightedChoice PaymentChannels { get; } = new(
        ("app", 40), ("web", 30), ("phone", 15), ("branch", 15));

    public static WeightedChoice OutreachChannels { get; } = new(("app", 40), ("sms", 35), ("email", 25));

    public static WeightedChoice RelationshipTouchpoints { get; } = new(
        ("email", 40), ("app", 22), ("web", 17), ("sms", 9), ("phone", 6), ("branch", 4), ("letter", 2));

    public static WeightedChoice FollowUpTouchpoints { get; } = new(("app", 40), ("email", 35), ("sms", 25));

    /// <summary>The channel of a digital action of the given type.</summary>
    public static string DigitalChannel(string eventType, double uniform) => eventType switch
    {
        "login" => LoginChannels.Pick(uniform),
        "click" => ClickChannels.Pick(uniform),
        "visit" or "purchase" => VisitChannels.Pick(uniform),
        "app_action" => "app",
        "call" => "phone",
        _ => throw new InvalidOperationException($"'{eventType}' is not a digital action."),
    };
}
