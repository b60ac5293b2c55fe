namespace Warehouse.Etl.Generation;

/// <summary>Writes account month ends to the <c>risk</c> extract.</summary>
internal sealed class RiskRows(ExtractOutput output)
{
    private readonly int _asOfDate = output.Record.Ordinal("as_of_date");
    private readonly int _accountId = output.Record.Ordinal("account_id");
    private readonly int _customerId = output.Record.Ordinal("customer_id");
    private readonly int _product = output.Record.Ordinal("product");
    private readonly int _openedDate = output.Record.Ordinal("opened_date");
    private readonly int _creditLimit = output.Record.Ordinal("credit_limit");
    private readonly int _balance = output.Record.Ordinal("balance");
    private readonly int _daysPastDue = output.Record.Ordinal("days_past_due");
    private readonly int _amountDue = output.Record.Ordinal("amount_due");
    private readonly int _amountPaid = output.Record.Ordinal("amount_paid");
    private readonly int _bureauScore = output.Record.Ordinal("bureau_score");
    private readonly int _collectionsStage = output.Record.Ordinal("collections_stage");
    private readonly int _isChargedOff = output.Record.Ordinal("is_charged_off");
    private readonly int _isDefaultNextMonth = output.Record.Ordinal("is_default_next_month");

    public void Write(AccountMonth month, string customerId)
    {
        var row = output.Begin();
        row.SetDate(_asOfDate, month.AsOfDate);
        row.SetText(_accountId, month.Account.AccountId);
        row.SetText(_customerId, customerId);
        row.SetText(_product, month.Account.Product.Name);
        row.SetDate(_openedDate, month.Account.OpenedDate);
        row.SetDecimal(_creditLimit, month.Account.CreditLimit);
        row.SetDecimal(_balance, month.Balance);
        row.SetInteger(_daysPastDue, month.DaysPastDue);
        row.SetDecimal(_amountDue, month.AmountDue);
        row.SetDecimal(_amountPaid, month.AmountPaid);
        row.SetInteger(_bureauScore, month.BureauScore);
        row.SetText(_collectionsStage, month.CollectionsStage);
        row.SetBoolean(_isChargedOff, month.IsChargedOff);
        row.SetBoolean(_isDefaultNextMonth, month.IsDefaultNextMonth);
        output.Commit();
    }
}
