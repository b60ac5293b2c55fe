namespace Warehouse.Etl.Build;

/// <summary>
/// A data test: a query returning the rows that break an expectation, so a passing test returns none.
/// </summary>
/// <param name="Name">Name shown in results and failures, unique among the tests.</param>
/// <param name="Source">File that declares the test, where a failing test is fixed or investigated.</param>
/// <param name="Sql">A <c>select</c> of the failing rows.</param>
/// <param name="Relations">The warehouse tables the query reads.</param>
/// <param name="RowCondition">
/// For a test that fails the rows of one table matching a condition (<c>select * from t where c</c>): that
/// condition, so that the tests of a table can be counted together in one scan. Null for other tests.
/// </param>
public sealed record DataTest(
    string Name,
    string Source,
    string Sql,
    IReadOnlyList<string> Relations,
    string? RowCondition = null);
