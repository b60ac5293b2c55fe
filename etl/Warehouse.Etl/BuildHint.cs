namespace Warehouse.Etl;

/// <summary>What a command tells its user when the warehouse lacks the tables a build writes.</summary>
public static class BuildHint
{
    /// <summary>The one step that writes them, as a sentence to end an error with.</summary>
    public const string RunBuildFirst =
        "Run 'warehouse build' on it first, which builds the models and computes the pilot lift.";
}
