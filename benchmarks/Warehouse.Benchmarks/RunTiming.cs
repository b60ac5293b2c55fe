namespace Warehouse.Benchmarks;

/// <summary>
/// One run of a report: wall time to query its figures and to render the PDF, processor time of the
/// whole run over all threads (which a busy machine does not inflate the way it does wall time), and what it made.
/// </summary>
internal sealed record RunTiming(TimeSpan Query, TimeSpan Render, TimeSpan Processor, int Pages, long Bytes)
{
    public TimeSpan Total => Query + Render;
}
