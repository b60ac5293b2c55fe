using System.Globalization;

namespace Warehouse.Etl.Generation;

/// <summary>Writes answers to the <c>surveys</c> extract, numbering them in the order written.</summary>
internal sealed class SurveyRows(ExtractOutput output)
{
    private readonly int _responseId = output.Record.Ordinal("response_id");
    private readonly int _customerId = output.Record.Ordinal("customer_id");
    private readonly int _respondedAt = output.Record.Ordinal("responded_at");
    private readonly int _survey = output.Record.Ordinal("survey");
    private readonly int _score = output.Record.Ordinal("score");
    private readonly int _touchpoint = output.Record.Ordinal("touchpoint");
    private long _written;

    public void Write(SurveyAnswer answer, string customerId)
    {
        _written++;
        var row = output.Begin();
        row.SetText(_responseId, "R" + _written.ToString("D8", CultureInfo.InvariantCulture));
        row.SetText(_customerId, customerId);
        row.SetTimestamp(_respondedAt, answer.RespondedAt);
        row.SetText(_survey, answer.Survey);
        row.SetInteger(_score, answer.Score);
        row.SetText(_touchpoint, answer.Touchpoint);
        output.Commit();
    }
}
