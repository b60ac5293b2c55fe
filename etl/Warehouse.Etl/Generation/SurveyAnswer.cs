namespace Warehouse.Etl.Generation;

/// <summary>One survey response: when, to which survey, the 0-10 score, and what it followed.</summary>
internal sealed record SurveyAnswer(DateTime RespondedAt, string Survey, int Score, string Touchpoint)
{
    public DateOnly RespondedDate => DateOnly.FromDateTime(RespondedAt);
}
