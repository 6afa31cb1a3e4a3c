using System.Globalization;
using DuckDB.NET.Data;
using HistoricalEvents.Interchange;
using HistoricalEvents.Timelines;
using NodaTime;

namespace HistoricalEvents.Parquet.Tests;

/// <summary>
/// DuckDB over the written file gives the same answers as <see cref="Timeline"/>: the SQL of docs/scale.md, run on
/// the bundled data (battles and earthquakes, with BC dates, intervals and alternatives).
/// </summary>
public sealed class DuckDbTests : IClassFixture<DuckDbTests.Data>
{
    /// <summary>The bundled cards written once to a file, with the timeline of the same events.</summary>
    public sealed class Data : IDisposable
    {
        private readonly TestFiles.TempFile _file = TestFiles.Temp();

        public Data()
        {
            Cards = [.. TestFiles.Cards(TestFiles.Sample("battles.txt")), .. TestFiles.Cards(TestFiles.Sample("earthquakes.txt"))];
            using (FileStream stream = File.Create(_file.Path))
            {
                HistoricalEventsParquet.Write(stream, Cards, new HistoricalEventsParquetOptions { RowGroupSize = 1000 });
            }
            Timeline = Timeline.FromCards(Cards);
            // Rows are written in card order; an event is known by its origin (file, line, column), unique in card files.
            Rows = Cards.SelectMany(c => c.Events).Select((e, row) => (e.Origin!, row)).ToDictionary(p => p.Item1, p => (long)p.row);
        }

        public List<EventCard> Cards { get; }

        public Timeline Timeline { get; }

        public Dictionary<EventOrigin, long> Rows { get; }

        public string Path => _file.Path;

        public void Dispose() => _file.Dispose();
    }

    private readonly Data _data;

    public DuckDbTests(Data data) => _data = data;

    /// <summary>Runs SQL with <c>events</c> as a view of the file; each result row as its values.</summary>
    private List<object?[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (DuckDBCommand view = connection.CreateCommand())
        {
            view.CommandText = $"CREATE VIEW events AS SELECT *, file_row_number AS row FROM read_parquet('{_data.Path}', file_row_number = true)";
            view.ExecuteNonQuery();
        }
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using DuckDBDataReader reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var values = new object?[reader.FieldCount];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(values);
        }
        return rows;
    }

    /// <summary>The "between" query of docs/scale.md, for the window from day <paramref name="from"/> to day <paramref name="to"/>.</summary>
    internal static string BetweenSql(long from, long to) => string.Create(CultureInfo.InvariantCulture, $"""
        WITH window_rows AS (
          SELECT *,
            CASE WHEN first_latest_day < {from} OR first_earliest_day > {to} THEN 'not'
                 WHEN first_earliest_day >= {from} AND first_latest_day <= {to} THEN 'definitely' ELSE 'possibly' END AS first_alternative,
            CASE WHEN second_latest_day < {from} OR second_earliest_day > {to} THEN 'not'
                 WHEN second_earliest_day >= {from} AND second_latest_day <= {to} THEN 'definitely' ELSE 'possibly' END AS second_alternative
          FROM events
          WHERE earliest_day <= {to} AND latest_day >= {from}),
        matches AS (
          SELECT *,
            CASE WHEN earliest_day >= {from} AND latest_day <= {to} THEN 'definitely'
                 WHEN kind = 'one_of' AND first_alternative = second_alternative THEN first_alternative
                 ELSE 'possibly' END AS certainty
          FROM window_rows)
        SELECT row, certainty FROM matches WHERE certainty <> 'not' ORDER BY row
        """);


    public static TheoryData<string, string> Windows => new()
    {
        { "1914", "1918" },
        { "July 1, 1916", "November 18, 1916" },
        { "44 BC", "AD 14" },
        { "1600s", "1600s" },
        { "5th century BC", "4th century BC" },
        { "1991", "1991" },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void Between_DuckDbSql_SameAnswersAsTimeline(string from, string to)
    {
        HistoricalDate start = HistoricalDate.Parse(from), end = HistoricalDate.Parse(to);
        var expected = _data.Timeline.Between(start, end)
            .Select(m => (Row: _data.Rows[m.Event.Origin!], Certainty: m.Certainty == Certainty.Definitely ? "definitely" : "possibly"))
            .OrderBy(m => m.Row).ToList();
        var actual = Query(BetweenSql(HistoricalEventsParquet.EarliestDay(start), HistoricalEventsParquet.LatestDay(end))).Select(r => ((long)r[0]!, (string)r[1]!)).ToList();
        Assert.Equal(expected, actual);
        // Definitely only: the same rows the timeline answers with Certainty.Definitely.
        Assert.Equal(_data.Timeline.Between(start, end, Certainty.Definitely).Count, actual.Count(r => r.Item2 == "definitely"));
    }

    /// <summary>The same cards written with delta-encoded integers: DuckDB reads every row, and every column but the lists of text (which the option does not touch), as from the PLAIN file the other tests query.</summary>
    [Fact]
    public void DeltaEncodedIntegers_DuckDb_ReadsTheSameRows()
    {
        using TestFiles.TempFile delta = TestFiles.Temp();
        using (FileStream stream = File.Create(delta.Path))
        {
            HistoricalEventsParquet.Write(stream, _data.Cards, new HistoricalEventsParquetOptions { RowGroupSize = 1000, DeltaEncodeIntegers = true });
        }
        List<object?[]> plain = Query("SELECT * EXCLUDE (places, narrative, sources) FROM events ORDER BY row");
        List<object?[]> deltaRows = Query($"SELECT * EXCLUDE (places, narrative, sources), file_row_number AS row FROM read_parquet('{delta.Path}', file_row_number = true) ORDER BY row");
        Assert.Equal(_data.Rows.Count, plain.Count);
        Assert.Equal(plain.Count, deltaRows.Count);
        for (int i = 0; i < plain.Count; i++)
        {
            Assert.Equal(plain[i], deltaRows[i]);
        }
    }

    [Fact]
    public void Between_Windows_FindSomething()
    {
        // The windows above are not all empty, so the comparison says something.
        Assert.NotEmpty(_data.Timeline.Between(HistoricalDate.Parse("1914"), HistoricalDate.Parse("1918")));
        Assert.NotEmpty(_data.Timeline.Between(HistoricalDate.Parse("44 BC"), HistoricalDate.Parse("AD 14")));
    }

    public static TheoryData<int, int> Days => new() { { 10, 28 }, { 1, 23 }, { 12, 16 }, { 3, 15 }, { 2, 29 } };

    [Theory]
    [MemberData(nameof(Days))]
    public void OnThisDay_DuckDbSql_SameAnswersAsTimeline(int month, int day)
    {
        var expected = _data.Timeline.OnThisDay(new AnnualDate(month, day)).Select(m => _data.Rows[m.Event.Origin!]).Order().ToList();
        var actual = Query(string.Create(CultureInfo.InvariantCulture, $"SELECT row FROM events WHERE month = {month} AND day = {day} ORDER BY row"))
            .Select(r => (long)r[0]!).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void OnThisDay_October28_FindsEvents() =>
        Assert.NotEmpty(_data.Timeline.OnThisDay(new AnnualDate(10, 28)));

    [Fact]
    public void AtPlace_DuckDbSql_SameRowsAsEventsWithThePlace()
    {
        // Places are kept as written; a path's last names are the enclosing places.
        var expected = _data.Cards.SelectMany(c => c.Events)
            .Where(e => e.Places.Any(p => p.IsWithin(Place.Create("Greece"))))
            .Select(e => _data.Rows[e.Origin!]).Order().ToList();
        Assert.NotEmpty(expected);
        var actual = Query("""
            SELECT row FROM events
            WHERE len(list_filter(places, p -> lower(trim(split_part(p, ' @ ', 1))) = 'greece'
                                          OR lower(trim(split_part(p, ' @ ', 1))) LIKE '%, greece')) > 0
            ORDER BY row
            """).Select(r => (long)r[0]!).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void GroupByCentury_DuckDbSql_CountsEveryEventOnce()
    {
        List<object?[]> rows = Query("""
            SELECT CASE WHEN earliest_year > 0 THEN (earliest_year - 1) // 100 + 1 ELSE -((-earliest_year) // 100 + 1) END AS century,
                   count(*) AS events
            FROM events GROUP BY century ORDER BY century
            """);
        long total = rows.Sum(r => (long)r[1]!);
        Assert.Equal(_data.Rows.Count, total);
        int expected20th = _data.Cards.SelectMany(c => c.Events).Count(e => e.Date.EarliestYear is >= 1901 and <= 2000);
        Assert.Equal(expected20th, rows.Where(r => (long)r[0]! == 20).Sum(r => (long)r[1]!));
    }
}

/// <summary>The between query on dates the bundled data lacks: alternatives, open ends, prehistory, BC days.</summary>
public class DuckDbCodeBuiltTests
{
    public static TheoryData<string, string> Windows => new()
    {
        { "1990", "1990" }, { "1964", "1964" }, { "1960s", "2010s" }, { "10,000 BC", "9000 BC" }, { "44 BC", "44 BC" }, { "1920", "1920" },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void Between_CodeBuiltDates_SameAnswersAsTimeline(string from, string to)
    {
        string[] dates =
        [
            "1964 or 2008", "1990 or 1991", "404 or 403 BC", "../1920", "1985/..", "10,000 BC", "Y-170000002", "-0043-03-15",
            "March 15, 44 BC", "1990s", "early 19th century", "1914/1918", "1990-06-01", "c. 1990",
        ];
        HistoricalEvent[] events = [.. dates.Select((d, i) => new HistoricalEvent(HistoricalDate.Parse(d), "Event.", origin: new EventOrigin(null, null, new Text.TextPosition(i + 1, 1))))];
        using TestFiles.TempFile file = TestFiles.Temp();
        using (FileStream stream = File.Create(file.Path))
        {
            HistoricalEventsParquet.Write(stream, events);
        }
        HistoricalDate start = HistoricalDate.Parse(from), end = HistoricalDate.Parse(to);
        var expected = Timeline.FromEvents(events).Between(start, end)
            .Select(m => ((long)(m.Event.Origin!.Line - 1), m.Certainty == Certainty.Definitely ? "definitely" : "possibly")).Order().ToList();
        Assert.NotEmpty(expected);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = $"CREATE VIEW events AS SELECT *, file_row_number AS row FROM read_parquet('{file.Path}', file_row_number = true);\n" +
            DuckDbTests.BetweenSql(HistoricalEventsParquet.EarliestDay(start), HistoricalEventsParquet.LatestDay(end));
        var actual = new List<(long, string)>();
        using (DuckDBDataReader reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                actual.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }
        Assert.Equal(expected, actual);
    }
}
