namespace Warehouse.Etl.Build;

/// <summary>The outcome of one data test.</summary>
/// <param name="Name">The test's name.</param>
/// <param name="FailingRows">Rows the test query returned; 0 when the test passed.</param>
/// <param name="ElapsedMs">Time the query took, in milliseconds.</param>
public sealed record DataTestResult(string Name, long FailingRows, long ElapsedMs)
{
    public bool Passed => FailingRows == 0;
}
