namespace Warehouse.Reports.Pilots;

/// <summary>One row of <c>marts.pilot_integrity</c>: a check, how many customers fail it, and what it found.</summary>
public sealed record IntegrityResult(string CheckName, long Failing, string Detail);
