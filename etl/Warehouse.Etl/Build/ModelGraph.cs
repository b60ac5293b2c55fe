namespace Warehouse.Etl.Build;

/// <summary>Orders models so that every model is built after the models it reads.</summary>
internal static class ModelGraph
{
    private static readonly string[] LayerOrder = ["staging", "core", "marts"];

    /// <summary>
    /// The models in build order. Dependencies are the other models' <c>schema.name</c> found in a model's
    /// text; among models that are ready at the same time, earlier layers (staging, core, marts) and then
    /// names come first so the order is stable. Throws a <see cref="WarehouseException"/> naming the file
    /// when a model reads a table that is neither a model nor one of <paramref name="sources"/>, and
    /// naming the models when they read each other in a cycle.
    /// </summary>
    public static IReadOnlyList<SqlModel> Order(IEnumerable<SqlModel> models, IReadOnlySet<string> sources)
    {
        var byRelation = IndexByRelation(models);
        var dependencies = byRelation.Values.ToDictionary(
            m => m.Relation,
            m => DependenciesOf(m, byRelation, sources),
            StringComparer.Ordinal);

        var ordered = new List<SqlModel>(byRelation.Count);
        var built = new HashSet<string>(StringComparer.Ordinal);
        var waiting = byRelation.Values.OrderBy(LayerRank).ThenBy(m => m.Relation, StringComparer.Ordinal).ToList();
        while (waiting.Count > 0)
        {
            var ready = waiting.FirstOrDefault(m => dependencies[m.Relation].All(built.Contains));
            if (ready is null)
            {
                throw CycleError(waiting, dependencies, byRelation);
            }

            ordered.Add(ready);
            built.Add(ready.Relation);
            waiting.Remove(ready);
        }

        return ordered;
    }

    private static Dictionary<string, SqlModel> IndexByRelation(IEnumerable<SqlModel> models)
    {
        var byRelation = new Dictionary<string, SqlModel>(StringComparer.Ordinal);
        foreach (var model in models)
        {
            if (!byRelation.TryAdd(model.Relation, model))
            {
                throw new WarehouseException(
                    $"Two model files build {model.Relation}: {byRelation[model.Relation].File} and {model.File}. "
                    + "Keep one model per table.",
                    ExitCode.BuildFailed);
            }
        }

        return byRelation;
    }

    private static List<string> DependenciesOf(
        SqlModel model,
        Dictionary<string, SqlModel> byRelation,
        IReadOnlySet<string> sources)
    {
        var references = SqlReferences.Find(model.Sql);
        var unknown = references.Where(r => !byRelation.ContainsKey(r) && !sources.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            throw new WarehouseException(
                $"Model {model.Relation} ({model.File}) reads {string.Join(", ", unknown)}, which no model "
                + "builds and no extract contract loads. Fix the table name or add the model that builds it.",
                ExitCode.BuildFailed);
        }

        return references.Where(byRelation.ContainsKey).ToList();
    }

    private static WarehouseException CycleError(
        List<SqlModel> waiting,
        Dictionary<string, List<string>> dependencies,
        Dictionary<string, SqlModel> byRelation)
    {
        // Every waiting model reads at least one other waiting model, so following those reads must revisit one.
        var unbuilt = waiting.Select(m => m.Relation).ToHashSet(StringComparer.Ordinal);
        var path = new List<string>();
        var current = waiting[0].Relation;
        while (!path.Contains(current))
        {
            path.Add(current);
            current = dependencies[current].First(unbuilt.Contains);
        }

        var cycle = path.Skip(path.IndexOf(current)).Append(current).ToList();
        var files = cycle.Distinct(StringComparer.Ordinal).Select(r => byRelation[r].File);
        return new WarehouseException(
            $"Models read each other in a cycle: {string.Join(" reads ", cycle)} ({string.Join(", ", files)}). "
            + "A model may only read models that do not read it back.",
            ExitCode.BuildFailed);
    }

    private static int LayerRank(SqlModel model)
    {
        var rank = Array.IndexOf(LayerOrder, model.Schema);
        return rank < 0 ? LayerOrder.Length : rank;
    }
}
