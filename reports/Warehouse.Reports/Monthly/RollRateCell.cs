namespace Warehouse.Reports.Monthly;

/// <summary>One cell of the report month's roll-rate matrix (<c>marts.roll_rates_monthly</c>).</summary>
/// <param name="FromBucket">Delinquency bucket at the end of last month ('current', '1-29', ... '90+').</param>
/// <param name="ToBucket">Bucket at the end of the report month, 'charged_off' included.</param>
/// <param name="Accounts">Accounts moved from <paramref name="FromBucket"/> to <paramref name="ToBucket"/>.</param>
/// <param name="Share">
/// <paramref name="Accounts"/> over the accounts in <paramref name="FromBucket"/> last month with a snapshot in
/// the report month; null when there were none.
/// </param>
public sealed record RollRateCell(string FromBucket, string ToBucket, long Accounts, double? Share);
