using HistoricalEvents.Internal;

namespace HistoricalEvents.Text;

/// <summary>
/// Writes event cards as canonical card text, which <see cref="CardReader"/> reads back to equal cards.
/// </summary>
/// <remarks>
/// <para>
/// The canonical card: the title; the headline line (<c>date · places</c>, or just the date); the summary; for each
/// moment its date, summary and places lines (place paths separated by <c>" | "</c>); one line per narrative
/// paragraph with no blank lines; one <c>Source: …</c> line per source. Lines end with <c>\n</c> on every
/// platform, and the last line of a card has no line break: writing a card read from the seed gives the seed
/// byte for byte. <see cref="WriteAll"/> separates cards with one blank line (<c>"\n\n"</c>) and ends the text
/// without a final line break, so a one-card file is the same as <see cref="Write(EventCard)"/>.
/// </para>
/// <para>
/// A date is written as its <see cref="HistoricalDate.Text"/> when that text reads back to an equal date (so
/// <c>28 April 1920</c> stays as written), otherwise in <see cref="HistoricalDatePatterns.English"/>'s form. A place
/// is written as its <see cref="Place.Text"/> when that reads back to the same place, otherwise as its
/// <see cref="Place.Path"/>. Trailing whitespace, which the reader does not keep, is not written. A moment's own
/// title and narrative are not part of card text and are not written.
/// </para>
/// </remarks>
public static class CardWriter
{
    private const char NewLine = '\n';

    /// <summary>Returns the canonical text of <paramref name="card"/>, without a final line break.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    /// <exception cref="ArgumentException">The card cannot be written so that it reads back (a blank title, a moment without places, no source…).</exception>
    public static string Write(EventCard card)
    {
        using var writer = new StringWriter();
        Write(card, writer);
        return writer.ToString();
    }

    /// <summary>Writes the canonical text of <paramref name="card"/>, without a final line break.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The card cannot be written so that it reads back; nothing is written.</exception>
    public static void Write(EventCard card, TextWriter writer)
    {
        Preconditions.CheckNotNull(card);
        Preconditions.CheckNotNull(writer);
        writer.Write(Format(card));
    }

    /// <summary>Writes the cards separated by one blank line, without a final line break.</summary>
    /// <exception cref="ArgumentNullException">An argument or a card is null.</exception>
    /// <exception cref="ArgumentException">A card cannot be written so that it reads back; the cards before it have been written.</exception>
    public static void WriteAll(IEnumerable<EventCard> cards, TextWriter writer)
    {
        Preconditions.CheckNotNull(cards);
        Preconditions.CheckNotNull(writer);
        bool first = true;
        foreach (EventCard card in cards)
        {
            Preconditions.CheckNotNull(card);
            string text = Format(card);
            if (!first)
            {
                writer.Write(NewLine);
                writer.Write(NewLine);
            }
            writer.Write(text);
            first = false;
        }
    }

    /// <summary>Builds the whole card before writing, so an unwritable card writes nothing.</summary>
    private static string Format(EventCard card) => Format(card, new System.Text.StringBuilder(1024))!;

    /// <summary>
    /// Throws the <see cref="ArgumentException"/> <see cref="Write(EventCard)"/> would throw for a card it cannot
    /// write, without building the text: every check of the writer runs (dates and places are still read back), only
    /// the text is not made. JSON reading asks it for every card.
    /// </summary>
    internal static void CheckWritable(EventCard card) => Format(Preconditions.CheckNotNull(card), null);

    /// <summary>The card's text in <paramref name="text"/>, or with <see langword="null"/> only its checks.</summary>
    private static string? Format(EventCard card, System.Text.StringBuilder? text)
    {
        HistoricalEvent headline = card.Headline;
        string title = card.Title.TrimEnd();
        Check(card, !CardSyntax.IsBlank(title) && !CardSyntax.IsSeparator(title) && IsOneLine(title), Messages.WriteTitleInvalid);
        text?.Append(title).Append(NewLine);
        string headlineDate = DateText(card, headline.Date, asMoment: false);
        text?.Append(headlineDate);
        if (headline.Places.Count > 0)
        {
            text?.Append(CardSyntax.HeadlineSeparator);
            AppendPlaces(card, text, headline.Places, startsLine: false);
        }
        // Checks first, then appends: "text?.Append(Check(…))" would skip the check when only checking.
        string summary = LineText(card, headline.Summary);
        text?.Append(NewLine).Append(summary).Append(NewLine);
        foreach (HistoricalEvent moment in card.Moments)
        {
            Check(card, moment.Places.Count > 0, Messages.WriteMomentWithoutPlaces);
            string momentDate = DateText(card, moment.Date, asMoment: true);
            string momentSummary = LineText(card, moment.Summary);
            text?.Append(momentDate).Append(NewLine);
            text?.Append(momentSummary).Append(NewLine);
            AppendPlaces(card, text, moment.Places, startsLine: true);
            text?.Append(NewLine);
        }
        foreach (string paragraph in card.Narrative)
        {
            string line = paragraph.TrimEnd();
            Check(card, !CardSyntax.IsBlank(line) && IsOneLine(line) && !CardSyntax.IsSeparator(line) && !CardSyntax.IsSource(line)
                && !CardSyntax.LooksLikeDate(line), Messages.WriteParagraphInvalid);
            text?.Append(line).Append(NewLine);
        }
        Check(card, card.Sources.Count > 0, Messages.WriteNoSources);
        for (int i = 0; i < card.Sources.Count; i++)
        {
            if (i > 0)
            {
                text?.Append(NewLine);
            }
            // After the prefix, text that starts with "Source:" or is "---" reads back as written: only a line is needed.
            string source = InLineText(card, card.Sources[i].Text.Trim());
            text?.Append(CardSyntax.SourcePrefix).Append(' ').Append(source);
        }
        return text?.ToString();
    }

    /// <summary>
    /// Writes place paths separated by <c>" | "</c>. Only a place that starts a line (the first of a moment's places line)
    /// must not read as <c>---</c> or a <c>Source:</c> line; after the headline's date or a separator it reads back as written.
    /// </summary>
    private static void AppendPlaces(EventCard card, System.Text.StringBuilder? text, IReadOnlyList<Place> places, bool startsLine)
    {
        for (int i = 0; i < places.Count; i++)
        {
            if (i > 0)
            {
                text?.Append(CardSyntax.PlacesSeparator);
            }
            Place place = places[i];
            string written = place.Text.Trim();
            bool readsBack = IsOneLine(written) && !written.Contains(CardSyntax.PlacesSeparator, StringComparison.Ordinal)
                && Place.ParsePath(written).TryGetValue(out Place? again) && again.Equals(place) && again.Coordinates == place.Coordinates;
            string path = readsBack ? written : place.WithCoordinates(place.Coordinates).Text;
            string checkedPath = startsLine && i == 0 ? LineText(card, path) : InLineText(card, path);
            text?.Append(checkedPath);
        }
    }

    private static string DateText(EventCard card, HistoricalDate date, bool asMoment)
    {
        string? written = date.Text?.Trim();
        if (written is null || !ReadsBackAsDate(written, date, asMoment))
        {
            written = HistoricalDatePatterns.English.Format(date);
            if (asMoment && !ReadsBackAsDate(written, date, asMoment))
            {
                written = WithoutSentenceEnd(written);
            }
            Check(card, ReadsBackAsDate(written, date, asMoment), Messages.WriteDateInvalid);
        }
        return written;
    }

    // A moment's date line may not end like a sentence (docs/cards.md), so where the formatter ends a date with a
    // calendar mark (March 15, 44 BC N.S.) or a question mark (April 28, 1920?), the forms the reader takes with the
    // same meaning are written instead: the mark in parentheses, (N.S.), and the doubt as the remark (uncertain).
    // The caller still checks that the text reads back equal.
    private static string WithoutSentenceEnd(string written)
    {
        ReadOnlySpan<char> text = written;
        string mark = "";
        if (text.EndsWith(" N.S.", StringComparison.Ordinal) || text.EndsWith(" O.S.", StringComparison.Ordinal))
        {
            mark = text[^4..] is "N.S." ? " (N.S.)" : " (O.S.)";
            text = text[..^5];
        }
        if (mark.Length == 0 && text.EndsWith('?'))
        {
            return string.Concat(text[..^1].TrimEnd(), " (uncertain)");
        }
        return string.Concat(text, mark);
    }

    private static bool ReadsBackAsDate(string text, HistoricalDate date, bool asMoment) =>
        IsOneLine(text) && !text.Contains(CardSyntax.HeadlineSeparator, StringComparison.Ordinal)
        && (!asMoment || CardSyntax.LooksLikeDate(text))
        && HistoricalDatePatterns.English.TryParse(text, out HistoricalDate again) && again == date;

    private static string LineText(EventCard card, string text)
    {
        string line = text.TrimEnd();
        Check(card, !CardSyntax.IsBlank(line) && IsOneLine(line) && !CardSyntax.IsSeparator(line) && !CardSyntax.IsSource(line),
            Messages.WriteTextInvalid);
        return line;
    }

    /// <summary>Text written after something else on its line: it only has to be one non-blank line.</summary>
    private static string InLineText(EventCard card, string text)
    {
        string line = text.TrimEnd();
        Check(card, !CardSyntax.IsBlank(line) && IsOneLine(line), Messages.WriteTextInvalid);
        return line;
    }

    private static bool IsOneLine(string text) => text.AsSpan().IndexOfAny('\n', '\r') < 0;

    private static void Check(EventCard card, bool condition, string reason)
    {
        if (!condition)
        {
            throw new ArgumentException(Messages.CannotWriteCard(card.Title, reason), nameof(card));
        }
    }
}
