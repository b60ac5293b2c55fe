namespace Warehouse.Etl.Build;

/// <summary>
/// A data test: a query returning the rows that break an expectation, so a passing test returns none.
/// </summary>
/// <param name="Name">Name shown in results and failures, unique among the tests.</param>
/// <param name="Source">File that declares the test, where a failing test is fixed or investigated.</param>
/// <param name="Sql">A <c>select</c> of the failing rows.</param>
/// <param name="Relations">The warehouse tables the query reads.</param>
public sealed record DataTest(string Name, string Source, string Sql, IReadOnlyList<string> Relations);
