using System.Globalization;
using System.Text;
using HistoricalEvents.Text;

namespace HistoricalEvents.Samples.DataGenerator;

/// <summary>Turns the shared datasets into card files, one per dataset, reporting every row it cannot use.</summary>
internal sealed class SampleDataGenerator(string dataFolder, string outputFolder)
{
    private const string EarthquakeListUrl = "https://en.wikipedia.org/wiki/List_of_historical_earthquakes";

    private static readonly string[] BattlePrefixes = ["Battle of ", "Siege of ", "Sack of ", "Capture of ", "Fall of "];

    /// <summary>Writes every file; false if one does not read back.</summary>
    public bool Run(TextWriter log)
    {
        Directory.CreateDirectory(outputFolder);
        bool ok = true;
        ok &= Write(log, Battles(), "battles.txt");
        ok &= Write(log, Earthquakes(), "earthquakes.txt");
        ok &= Write(log, HistoricalDateEvents("History/Europe/Events in British History.csv", "Events in British history"), "british-history.txt");
        ok &= Write(log, HistoricalDateEvents("Science and Technology", "Science and technology"), "science-and-technology.txt");
        ok &= Write(log, HistoricalDateEvents("_sport/football", "Football"), "football.txt");
        return ok;
    }

    private bool Write(TextWriter log, Report report, string fileName)
    {
        string path = Path.Combine(outputFolder, fileName);
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" })
            CardWriter.WriteAll(report.Cards, writer);
        int readBack = 0;
        int errors = 0;
        foreach (ParseResult<EventCard> result in CardReader.ReadFile(path))
        {
            if (result.Success)
                readBack++;
            else
            {
                errors++;
                log.WriteLine($"  READ-BACK ERROR {result.Error}");
            }
        }
        log.WriteLine($"{fileName}: {report.Rows} rows, {report.Cards.Count} cards written, {report.Rows - report.Cards.Count} skipped" +
            (readBack == report.Cards.Count && errors == 0 ? ", all read back" : $", READ BACK {readBack} WITH {errors} ERRORS"));
        foreach ((string note, List<string> examples) in report.Notes.OrderBy(n => n.Key, StringComparer.Ordinal))
            log.WriteLine($"  {examples.Count,5} {note}: {string.Join(" | ", examples.Take(3).Select(e => '"' + e + '"'))}");
        return readBack == report.Cards.Count && errors == 0;
    }

    private Report Battles()
    {
        var report = new Report();
        foreach (Dictionary<string, string> row in Csv.ReadFile(Path.Combine(dataFolder, "battlemaps", "battles_with_coords.csv")))
        {
            report.Rows++;
            string title = Clean(row["battle"]);
            string dateText = Clean(row["date"]);
            if (dateText.EndsWith(':'))
            {
                report.Note("date: trailing colon removed", dateText);
                dateText = dateText.TrimEnd(':').TrimEnd();
            }
            if (!TryDate(report, dateText, out HistoricalDate date) || !TryCoordinate(row["coordinates"], out GeoCoordinate? coordinates, report))
                continue;
            Place place = Place.Parse(BattlePlaceName(title, report)).WithCoordinates(coordinates);
            string summary = $"{title}, {dateText}, as listed in Wikipedia's lists of battles.";
            report.Add(title, date, [place], summary, row["link"]);
        }
        return report;
    }

    // The battles data has coordinates and no place name: the name is taken from "Battle of X" / "Siege of X" (up
    // to a parenthesis or a comma), else the place is named by the battle itself (its battlefield).
    private static string BattlePlaceName(string title, Report report)
    {
        foreach (string prefix in BattlePrefixes)
        {
            if (!title.StartsWith(prefix, StringComparison.Ordinal))
                continue;
            string rest = title[prefix.Length..];
            int cut = rest.IndexOfAny(['(', ',']);
            if (cut >= 0)
                rest = rest[..cut];
            rest = rest.Trim();
            if (rest.Length > 0 && char.IsUpper(rest[0]) && !rest.StartsWith("The ", StringComparison.Ordinal))
            {
                report.Note("battle place named from the title", title + " -> " + rest);
                return rest;
            }
            break;
        }
        report.Note("battle place named by the battle (no place in the title)", title);
        return title.Replace(", ", " ", StringComparison.Ordinal);
    }

    private Report Earthquakes()
    {
        var report = new Report();
        foreach (Dictionary<string, string> row in Csv.ReadFile(Path.Combine(dataFolder, "wikipedia-historical-earthquakes", "WikiHistoricalEarthquakes.csv")))
        {
            report.Rows++;
            string dateText = Clean(row["Date"]);
            if (!TryDate(report, dateText, out HistoricalDate date))
                continue;
            (string placeText, string? article) = SplitEarthquakePlace(Clean(row["Place"]));
            string? path = PlacePath(placeText, report);
            if (path is null)
            {
                report.Skip("place has no usable name", row["Place"]);
                continue;
            }
            GeoCoordinate? coordinates = null;
            string lat = Clean(row["Latitude"]), lon = Clean(row["Longitude"]);
            if (lat.Length > 0 && lon.Length > 0)
            {
                if (TryDegrees(lat, 'N', 'S', out double la) && TryDegrees(lon, 'E', 'W', out double lo) && Math.Abs(la) <= 90 && Math.Abs(lo) <= 180)
                    coordinates = new GeoCoordinate(la, lo);
                else
                    report.Note("coordinates left out (not numbers)", lat + " " + lon);
            }
            Place place = Place.Parse(path).WithCoordinates(coordinates);
            string title = article is not null ? Capitalise(article) : $"Earthquake at {path}";
            var summary = new StringBuilder("Earthquake");
            string magnitude = Clean(row["Magnitude"]).TrimEnd('.'), deaths = Clean(row["Fatalities"]).TrimEnd('.'), comments = Clean(row["Comments"]).TrimStart('.', ' ');
            if (magnitude.Length > 0)
                summary.Append(", magnitude ").Append(magnitude);
            if (deaths.Length > 0)
                summary.Append(", fatalities ").Append(deaths);
            summary.Append('.');
            if (comments.Length > 0)
                summary.Append(' ').Append(comments.EndsWith('.') ? comments : comments + ".");
            report.Add(title, date, [place], summary.ToString(), EarthquakeListUrl);
        }
        return report;
    }

    // "Sparta, Greecesee 464 BC Sparta earthquake" -> ("Sparta, Greece", "464 BC Sparta earthquake"): the scrape glued
    // the "see" link of the list onto the place.
    private static (string Place, string? Article) SplitEarthquakePlace(string text)
    {
        int see = text.LastIndexOf("see ", StringComparison.Ordinal);
        if (see > 0)
        {
            string article = text[(see + 4)..].Trim();
            if (article.Contains("earthquake", StringComparison.OrdinalIgnoreCase) || article.Contains("flood", StringComparison.OrdinalIgnoreCase))
                return (text[..see].TrimEnd(' ', ';', ','), article);
        }
        // "Catalonia (now Spain)1428 Catalonia earthquake": the link glued without "see".
        int close = text.IndexOf(')', StringComparison.Ordinal);
        if (close > 0 && close + 1 < text.Length && char.IsDigit(text[close + 1]) && text.EndsWith("earthquake", StringComparison.Ordinal))
            return (text[..(close + 1)], text[(close + 1)..]);
        return (text, null);
    }

    // Place text to a card place path: asides in parentheses are left out (their commas are not path separators).
    private static string? PlacePath(string text, Report report)
    {
        // "Qumis, Iran. From Khuvar to Bustam and Gurgan. …": a long place text is a description; the place is its
        // first sentence ("Cape St. Vincent, Portugal" is short and kept whole).
        int stop = text.IndexOf(". ", StringComparison.Ordinal);
        if (stop > 0 && text.Length > 60)
        {
            report.Note("place: text after the first sentence left out", text);
            text = text[..stop];
        }
        var clean = new StringBuilder();
        int depth = 0;
        foreach (char c in text)
        {
            if (c == '(')
                depth++;
            else if (c == ')')
                depth = Math.Max(0, depth - 1);
            else if (depth == 0)
                clean.Append(c);
        }
        if (clean.Length != text.Length)
            report.Note("place: aside in parentheses left out", text);
        string[] names = clean.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
            return null;
        string path = string.Join(Place.PathSeparator, names.Select(n => string.Join(' ', n.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
        return path.Contains(Place.CoordinatesSeparator, StringComparison.Ordinal) || path.Contains('|') ? null : path;
    }

    private Report HistoricalDateEvents(string relative, string label)
    {
        var report = new Report();
        string path = Path.Combine(dataFolder, "historicaldate-data", "data", relative);
        IEnumerable<string> files = File.Exists(path) ? [path] : Directory.EnumerateFiles(path, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        foreach (string file in files)
        {
            string collection = Path.GetFileNameWithoutExtension(file);
            foreach (Dictionary<string, string> row in Csv.ReadFile(file))
            {
                report.Rows++;
                string title = Clean(row["label"]);
                string start = Clean(row["hdate"]);
                string end = row.TryGetValue("hdate_end", out string? e) ? Clean(e) : "";
                string url = row.TryGetValue("url", out string? u) ? Clean(u) : "";
                if (title.Length == 0 || url.Length == 0)
                {
                    report.Skip("no label or no url", title + " " + start);
                    continue;
                }
                if (!TryHistoricalDate(report, start, out HistoricalDate date))
                    continue;
                if (end.Length > 0 && end != start)
                {
                    if (!TryHistoricalDate(report, end, out HistoricalDate last))
                        continue;
                    if (date.Earliest > last.Latest)
                    {
                        report.Skip("end before start", start + " / " + end);
                        continue;
                    }
                    // A start and an end: the span from one to the other, written "A to B" when that reads back.
                    string text = $"{date.Text} to {last.Text}";
                    ParseResult<HistoricalDate> span = HistoricalDatePatterns.English.Parse(text);
                    date = span.Success ? span.Value : HistoricalDate.Interval(date, last);
                    if (!span.Success)
                        report.Note("span written in the library's form", text);
                }
                string description = row.TryGetValue("description", out string? d) ? Clean(d) : "";
                // Football rows are labelled "2023: MNC" (season and club code): the title names the competition and
                // the winner instead, from the row's own description.
                if (description.Length > 0 && title.Length > 6 && title[4] == ':' && title[..4].All(char.IsAsciiDigit))
                {
                    report.Note("title made from collection, season and description", $"{title} -> {collection} {title[..4]}: {description}");
                    title = $"{collection} {title[..4]}: {description}";
                }
                string summary = $"{(description.Length > 0 ? description : title)} ({label}: {collection}).";
                report.Add(title, date, [], summary, url);
            }
        }
        return report;
    }

    // historicaldate's own forms: English dates as the library reads them, ISO days (written in English by the
    // library), and "circa" glued to a margin ("circa1m 10 August 843"), which is skipped.
    private static bool TryHistoricalDate(Report report, string text, out HistoricalDate date)
    {
        ParseResult<HistoricalDate> english = HistoricalDatePatterns.English.Parse(text);
        if (english.Success)
        {
            date = english.Value;
            return true;
        }
        ParseResult<HistoricalDate> edtf = HistoricalDatePatterns.Edtf.Parse(text);
        if (edtf.Success)
        {
            date = edtf.Value.WithText(null);
            report.Note("ISO date written in English form", text + " -> " + HistoricalDatePatterns.English.Format(date));
            return true;
        }
        report.Skip("date the English reader cannot read", text);
        date = default;
        return false;
    }

    private static bool TryDate(Report report, string text, out HistoricalDate date)
    {
        ParseResult<HistoricalDate> result = HistoricalDatePatterns.English.Parse(text);
        if (result.Success)
        {
            date = result.Value;
            return true;
        }
        report.Skip("date the English reader cannot read", text);
        date = default;
        return false;
    }

    // "31.28194°N 34.48250°E" (the battles' form).
    private static bool TryCoordinate(string text, out GeoCoordinate? coordinates, Report report)
    {
        coordinates = null;
        string[] parts = Clean(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && TryDegrees(parts[0], 'N', 'S', out double lat) && TryDegrees(parts[1], 'E', 'W', out double lon)
            && Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180)
        {
            coordinates = new GeoCoordinate(lat, lon);
            return true;
        }
        report.Skip("coordinates not in decimal degrees", text);
        return false;
    }

    // "31.28194°N", "N 34.2705°", "−76.8", "–65.0", "36.7": decimal degrees, hemisphere letter before or after.
    private static bool TryDegrees(string text, char positive, char negative, out double value)
    {
        string s = text.Trim().Replace('\u2212', '-').Replace('\u2013', '-').Replace("°", "", StringComparison.Ordinal).Trim();
        int sign = 1;
        if (s.Length > 0 && (s[0] == positive || s[0] == negative))
        {
            sign = s[0] == negative ? -1 : 1;
            s = s[1..].Trim();
        }
        else if (s.Length > 0 && (s[^1] == positive || s[^1] == negative))
        {
            sign = s[^1] == negative ? -1 : 1;
            s = s[..^1].Trim();
        }
        bool ok = double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        value *= sign;
        return ok && double.IsFinite(value);
    }

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private sealed class Report
    {
        public int Rows { get; set; }

        public List<EventCard> Cards { get; } = [];

        public Dictionary<string, List<string>> Notes { get; } = new(StringComparer.Ordinal);

        public void Note(string note, string example)
        {
            if (!Notes.TryGetValue(note, out List<string>? list))
                Notes[note] = list = [];
            list.Add(example);
        }

        public void Skip(string reason, string example) => Note("SKIPPED: " + reason, example);

        public void Add(string title, HistoricalDate date, IEnumerable<Place> places, string summary, string url)
        {
            var card = new EventCard(new HistoricalEvent(date, summary, places, title, sources: [Source.Parse(url)]));
            try
            {
                _ = CardWriter.Write(card);
                Cards.Add(card);
            }
            catch (ArgumentException e)
            {
                Skip("card cannot be written (" + e.Message.Split('\n')[0] + ")", title);
            }
        }
    }
}
