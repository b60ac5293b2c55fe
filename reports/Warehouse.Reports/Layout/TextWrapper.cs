namespace Warehouse.Reports.Layout;

/// <summary>Greedy line breaking at spaces and hyphens, honouring explicit line breaks.</summary>
internal static class TextWrapper
{
    private const string Ellipsis = "\u2026";

    /// <summary>
    /// The lines <paramref name="text"/> takes at <paramref name="width"/> points. Lines break at spaces or
    /// after a hyphen inside a word; a piece wider than the whole width is split between characters rather
    /// than allowed to run past the edge.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, TextStyle style, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            WrapParagraph(paragraph, style, width, lines);
        }

        return lines;
    }

    /// <summary>
    /// <paramref name="text"/> on one line of at most <paramref name="width"/> points: whole when it fits, else
    /// cut after the last whole word that leaves room for an ellipsis ("Consumer cards and…"), or between
    /// characters when not even the first word fits. Empty when not even the ellipsis fits.
    /// </summary>
    public static string Ellipsized(string text, TextStyle style, float width)
    {
        if (style.Measure(text) <= width)
        {
            return text;
        }

        if (style.Measure(Ellipsis) > width)
        {
            return "";
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = words.Length - 1; count > 0; count--)
        {
            var candidate = string.Join(" ", words.Take(count)).TrimEnd(',', ';', ':', '-', '\u00b7') + Ellipsis;
            if (style.Measure(candidate) <= width)
            {
                return candidate;
            }
        }

        var length = text.Length - 1;
        while (length > 0 && style.Measure(text[..length] + Ellipsis) > width)
        {
            length--;
        }

        return text[..length] + Ellipsis;
    }

    private static void WrapParagraph(string paragraph, TextStyle style, float width, List<string> lines)
    {
        var line = "";
        foreach (var (piece, startsWord) in Pieces(paragraph))
        {
            var candidate = line.Length == 0 ? piece : line + (startsWord ? " " : "") + piece;
            if (style.Measure(candidate) <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = piece;
            while (line.Length > 1 && style.Measure(line) > width)
            {
                var fitting = FittingPrefixLength(line, style, width);
                lines.Add(line[..fitting]);
                line = line[fitting..];
            }
        }

        lines.Add(line);
    }

    // "decision-ready" gives "decision-" (starting a word) and "ready" (continuing it).
    private static IEnumerable<(string Piece, bool StartsWord)> Pieces(string paragraph)
    {
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            for (var index = 1; index < word.Length - 1; index++)
            {
                if (word[index] == '-' && char.IsLetter(word[index - 1]) && char.IsLetter(word[index + 1]))
                {
                    yield return (word[start..(index + 1)], start == 0);
                    start = index + 1;
                }
            }

            yield return (word[start..], start == 0);
        }
    }

    // The longest prefix that fits, found by halving since width grows with length; at least one character,
    // so that every line makes progress, and never half of a surrogate pair, which would draw as a marker.
    private static int FittingPrefixLength(string piece, TextStyle style, float width)
    {
        var low = 1;
        var high = piece.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (style.Measure(piece[..middle]) <= width)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        if (char.IsHighSurrogate(piece[low - 1]))
        {
            return low > 1 ? low - 1 : low + 1;
        }

        return low;
    }
}
