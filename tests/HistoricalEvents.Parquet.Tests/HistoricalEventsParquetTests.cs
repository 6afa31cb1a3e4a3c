using HistoricalEvents.Interchange;
using HistoricalEvents.Text;

namespace HistoricalEvents.Parquet.Tests;

/// <summary>Write and read back: cards and events come back equal, with every text as written and every position.</summary>
public class HistoricalEventsParquetTests
{
    /// <summary>What equality leaves out and the file must keep anyway: texts as written, origins, card positions.</summary>
    internal static void AssertSameCards(IReadOnlyList<EventCard> expected, IReadOnlyList<EventCard> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
            Assert.Equal((expected[i].File, expected[i].Position), (actual[i].File, actual[i].Position));
            AssertSameEvents([.. expected[i].Events], [.. actual[i].Events]);
        }
    }

    internal static void AssertSameEvents(IReadOnlyList<HistoricalEvent> expected, IReadOnlyList<HistoricalEvent> actual)
    {
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Select(e => e.Origin), actual.Select(e => e.Origin));
        Assert.Equal(expected.Select(e => e.Date.Text), actual.Select(e => e.Date.Text));
        Assert.Equal(expected.Select(e => (e.Date.Calendar, e.Date.Precision, e.Date.Part, e.Date.Kind, e.Date.Qualifiers)),
            actual.Select(e => (e.Date.Calendar, e.Date.Precision, e.Date.Part, e.Date.Kind, e.Date.Qualifiers)));
        Assert.Equal(expected.SelectMany(e => e.Places.Select(p => (p.Text, p.Coordinates))), actual.SelectMany(e => e.Places.Select(p => (p.Text, p.Coordinates))));
        Assert.Equal(expected.SelectMany(e => e.Sources.Select(s => s.Text)), actual.SelectMany(e => e.Sources.Select(s => s.Text)));
    }

    private static List<EventCard> RoundTripCards(IReadOnlyList<EventCard> cards, HistoricalEventsParquetOptions? options = null)
    {
        using var stream = new MemoryStream();
        long rows = HistoricalEventsParquet.Write(stream, cards, options);
        Assert.Equal(cards.Sum(c => 1 + c.Moments.Count), rows);
        stream.Position = 0;
        return [.. HistoricalEventsParquet.ReadCards(stream)];
    }

    [Fact]
    public void ReadCards_SeedCard_ComesBackEqualWithTextsAndPositions()
    {
        List<EventCard> cards = TestFiles.Cards(TestFiles.SeedCard);
        Assert.NotEmpty(cards);
        AssertSameCards(cards, RoundTripCards(cards));
    }

    public static TheoryData<string> SampleFiles => [.. TestFiles.Samples];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void ReadCards_BundledData_ComesBackEqualInManyRowGroups(string file)
    {
        List<EventCard> cards = TestFiles.Cards(TestFiles.Sample(file));
        Assert.NotEmpty(cards);
        // A row group size that does not divide the rows: cards cross group boundaries and the last group is short.
        AssertSameCards(cards, RoundTripCards(cards, new HistoricalEventsParquetOptions { RowGroupSize = 997 }));
    }

    [Fact]
    public async Task ReadCardsAsync_BundledData_SameAsWritten()
    {
        List<EventCard> cards = TestFiles.Cards(TestFiles.Sample("earthquakes.txt"));
        using var stream = new MemoryStream();
        await HistoricalEventsParquet.WriteAsync(stream, cards, new HistoricalEventsParquetOptions { RowGroupSize = 50 });
        stream.Position = 0;
        var back = new List<EventCard>();
        await foreach (EventCard card in HistoricalEventsParquet.ReadCardsAsync(stream))
        {
            back.Add(card);
        }
        AssertSameCards(cards, back);
    }

    public static TheoryData<string> CodeBuiltDates =>
    [
        "1920-04-28", "-0043-03-15", "1914/1918", "../1920", "1985/", "[-0403,-0402]", "10,000 BC", "Y-170000002",
        "Y170000002", "early 19th century", "October 25, 1917 O.S.", "1985-04-XX", "2004-06-11?", "1200~", "Spring 1920",
        "29 February 1600", "c. 1200", "1940s", "2nd millennium BC",
    ];

    [Theory]
    [MemberData(nameof(CodeBuiltDates))]
    public async Task Read_EventsBuiltInCode_ComeBackEqualWithTheirDate(string text)
    {
        HistoricalDate date = HistoricalDate.Parse(text);
        HistoricalEvent[] events =
        [
            new(date, "Something happened.", [Place.Parse("Actium, Greece @ 38.95, 20.75"), Place.Create("Rome")], "A title",
                ["First paragraph.", "Second paragraph."], [Source.Parse("en.wikipedia.org"), Source.Parse("https://de.wikipedia.org/wiki/Baku")],
                new EventOrigin("A card", "cards.txt", new TextPosition(12, 3))),
            new(date.WithText(null), "No title, no places."),
        ];
        using var stream = new MemoryStream();
        Assert.Equal(2, await HistoricalEventsParquet.WriteAsync(stream, events));
        stream.Position = 0;
        AssertSameEvents(events, [.. HistoricalEventsParquet.Read(stream)]);
        stream.Position = 0;
        var back = new List<HistoricalEvent>();
        await foreach (HistoricalEvent e in HistoricalEventsParquet.ReadAsync(stream))
        {
            back.Add(e);
        }
        AssertSameEvents(events, back);
    }

    [Fact]
    public void Write_NoEvents_WritesAFileThatReadsBackEmpty()
    {
        using var stream = new MemoryStream();
        Assert.Equal(0, HistoricalEventsParquet.Write(stream, Array.Empty<HistoricalEvent>()));
        Assert.True(stream.Length > 0);
        stream.Position = 0;
        Assert.Empty(HistoricalEventsParquet.Read(stream));
    }

    [Fact]
    public void Write_NonSeekableStream_Writes()
    {
        List<EventCard> cards = TestFiles.Cards(TestFiles.SeedCard);
        var forwardOnly = new ForwardOnlyStream();
        HistoricalEventsParquet.Write(forwardOnly, cards);
        using var copy = new MemoryStream(forwardOnly.ToArray());
        AssertSameCards(cards, [.. HistoricalEventsParquet.ReadCards(copy)]);
    }

    [Fact]
    public async Task Write_RowGroupSize_BoundsTheRowsPerGroup()
    {
        List<EventCard> cards = TestFiles.Cards(TestFiles.Sample("football.txt"));
        int rows = cards.Sum(c => 1 + c.Moments.Count);
        using var stream = new MemoryStream();
        HistoricalEventsParquet.Write(stream, cards, new HistoricalEventsParquetOptions { RowGroupSize = 100 });
        stream.Position = 0;
        await using global::Parquet.ParquetReader reader = await global::Parquet.ParquetReader.CreateAsync(stream);
        Assert.Equal((rows + 99) / 100, reader.RowGroupCount);
    }

    /// <summary>
    /// Columns of the football sample's file written with <see cref="HistoricalEventsParquetOptions.DeltaEncodeIntegers"/>:
    /// physical type, logical type, and whether its pages are delta encoded.
    /// </summary>
    [Theory]
    [InlineData("earliest_day", "INT64", "INTEGER", true)]
    [InlineData("latest_day", "INT64", "INTEGER", true)]
    [InlineData("earliest_year", "INT64", "INTEGER", true)]
    [InlineData("latest_year", "INT64", "INTEGER", true)]
    [InlineData("month", "INT32", "INTEGER", true)]
    [InlineData("day", "INT32", "INTEGER", true)]
    [InlineData("line", "INT64", "INTEGER", true)]
    [InlineData("column", "INT32", "INTEGER", true)]
    [InlineData("card_line", "INT64", "INTEGER", true)]
    [InlineData("card_column", "INT32", "INTEGER", true)]
    [InlineData("earliest", "INT32", null, false)]
    [InlineData("latest", "INT32", null, false)]
    [InlineData("title", "BYTE_ARRAY", "STRING", false)]
    [InlineData("edtf", "BYTE_ARRAY", "STRING", false)]
    [InlineData("kind", "BYTE_ARRAY", "STRING", false)]
    [InlineData("precision", "BYTE_ARRAY", "STRING", false)]
    [InlineData("calendar", "BYTE_ARRAY", "STRING", false)]
    public async Task Write_Column_KeepsItsTypeAndEncoding(string column, string physical, string? logical, bool delta)
    {
        using var stream = new MemoryStream();
        HistoricalEventsParquet.Write(stream, TestFiles.Cards(TestFiles.Sample("football.txt")),
            new HistoricalEventsParquetOptions { RowGroupSize = 100, DeltaEncodeIntegers = true });
        stream.Position = 0;
        await using global::Parquet.ParquetReader reader = await global::Parquet.ParquetReader.CreateAsync(stream);
        global::Parquet.Meta.SchemaElement element = reader.Metadata!.Schema.Single(e => e.Name == column);
        Assert.Equal(physical, element.Type.ToString());
        string? logicalType = element.LogicalType switch
        {
            { STRING: not null } => "STRING",
            { INTEGER: not null } => "INTEGER",
            _ => null,
        };
        Assert.Equal(logical, logicalType);
        if (column == "earliest")
        {
            Assert.Equal(global::Parquet.Meta.ConvertedType.DATE, element.ConvertedType);
        }
        // Each row group's chunk of the column: delta encoded when it holds a value (a chunk of nulls only has no pages of values to encode).
        var chunks = reader.Metadata.RowGroups.Select(g => g.Columns.Single(c => c.MetaData!.PathInSchema[0] == column).MetaData!).ToList();
        Assert.NotEmpty(chunks);
        foreach (global::Parquet.Meta.ColumnMetaData chunk in chunks.Where(c => c.NumValues > c.Statistics?.NullCount))
        {
            Assert.Equal(delta, chunk.Encodings.Contains(global::Parquet.Meta.Encoding.DELTA_BINARY_PACKED));
        }
        Assert.Contains(chunks, c => c.NumValues > c.Statistics?.NullCount);
    }

    [Fact]
    public async Task Write_DefaultOptions_WritesNoDeltaEncoding()
    {
        using var stream = new MemoryStream();
        HistoricalEventsParquet.Write(stream, TestFiles.Cards(TestFiles.Sample("football.txt")));
        stream.Position = 0;
        await using global::Parquet.ParquetReader reader = await global::Parquet.ParquetReader.CreateAsync(stream);
        var encodings = reader.Metadata!.RowGroups.SelectMany(g => g.Columns).SelectMany(c => c.MetaData!.Encodings).ToHashSet();
        Assert.Contains(global::Parquet.Meta.Encoding.PLAIN, encodings);
        Assert.DoesNotContain(global::Parquet.Meta.Encoding.DELTA_BINARY_PACKED, encodings);
    }

    [Theory]
    [InlineData("battles.txt")]
    [InlineData("earthquakes.txt")]
    [InlineData("football.txt")]
    public void ReadCards_DeltaEncodedIntegers_ComeBackEqual(string file)
    {
        List<EventCard> cards = TestFiles.Cards(TestFiles.Sample(file));
        AssertSameCards(cards, RoundTripCards(cards, new HistoricalEventsParquetOptions { RowGroupSize = 97, DeltaEncodeIntegers = true }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(HistoricalEventsParquetOptions.MaxRowGroupSize + 1)]
    public void RowGroupSize_OutOfRange_Throws(int size) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new HistoricalEventsParquetOptions { RowGroupSize = size });

    [Fact]
    public void Write_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => HistoricalEventsParquet.Write(null!, Array.Empty<HistoricalEvent>()));
        Assert.Throws<ArgumentNullException>(() => HistoricalEventsParquet.Write(new MemoryStream(), (IEnumerable<HistoricalEvent>)null!));
        Assert.Throws<ArgumentException>(() => HistoricalEventsParquet.Write(new MemoryStream(), new HistoricalEvent[] { null! }));
        Assert.Throws<ArgumentException>(() => HistoricalEventsParquet.Write(new MemoryStream([], writable: false), Array.Empty<HistoricalEvent>()));
    }

    // The decade from 700 BC: neither "-0700/-0691" (an interval) nor its English form reads back as this value.
    private static readonly HistoricalDate NoTextForm = HistoricalDate.FromSpan(-700, DatePrecision.Decade);

    [Fact]
    public void Write_DateWithNoExactTextForm_ThrowsNamingTheDate()
    {
        var e = new HistoricalEvent(NoTextForm, "A decade.", [], "Refused");
        ArgumentException error = Assert.Throws<ArgumentException>(() => HistoricalEventsParquet.Write(new MemoryStream(), [e]));
        Assert.Contains(NoTextForm.ToEdtfString(), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(100)]
    public void HistoricalEventsParquetWriter_GoesOnAfterARefusedDate_LaterRowsKeepTheirOwnValues(int rowGroupSize)
    {
        // The refused event has a title and a date text, which must not end up on the next row.
        HistoricalEvent[] written =
        [
            new(HistoricalDate.Parse("1066"), "First.", [], "One"),
            new(HistoricalDate.Parse("c. 1200"), "Second.", []),
            new(HistoricalDate.Parse("March 15, 44 BC"), "Third.", [], "Three"),
        ];
        var refused = new HistoricalEvent(NoTextForm.WithText("the 700s BC"), "Refused.", [], "Refused title");
        using var stream = new MemoryStream();
        using (HistoricalEventsParquetWriter writer = HistoricalEventsParquetWriter.Create(stream, new HistoricalEventsParquetOptions { RowGroupSize = rowGroupSize }))
        {
            writer.Write(written[0]);
            Assert.Throws<ArgumentException>(() => writer.Write(refused));
            writer.Write(written[1]);
            writer.Write(written[2]);
            Assert.Equal(3, writer.Count);
        }
        stream.Position = 0;
        List<HistoricalEvent> read = [.. HistoricalEventsParquet.Read(stream)];
        AssertSameEvents(written, read);
        Assert.Equal(written.Select(e => e.Title), read.Select(e => e.Title));
    }

    /// <summary>A stream that takes its first bytes, then fails every write, as a full disk does.</summary>
    private sealed class FailingStream(int bytesBeforeFailing) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count)
        {
            if (Length + count > bytesBeforeFailing)
            {
                throw new IOException("No space left on the test stream.");
            }
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void WriteByte(byte value) => Write([value]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(1000)]
    public void HistoricalEventsParquetWriter_StreamFailsWhileAGroupIsWritten_TheErrorIsThrownAndWritingStops(int rowGroupSize)
    {
        // Row groups are written in the background: the stream's error must still reach the caller, and nothing after it be written.
        var e = new HistoricalEvent(HistoricalDate.Parse("1066"), "An event.", [], "Title");
        var stream = new FailingStream(2_000);
        int written = 0;
        Exception? error = Record.Exception(() =>
        {
            using HistoricalEventsParquetWriter writer = HistoricalEventsParquetWriter.Create(stream, new HistoricalEventsParquetOptions { RowGroupSize = rowGroupSize });
            for (; written < 500; written++)
            {
                writer.Write(e);
            }
        });
        Assert.IsType<IOException>(error);
        Assert.True(stream.Length <= 2_000);
    }

    [Fact]
    public void HistoricalEventsParquetWriter_WriteAfterAFailedGroup_ThrowsInvalidOperation()
    {
        var e = new HistoricalEvent(HistoricalDate.Parse("1066"), "An event.", [], "Title");
        var writer = HistoricalEventsParquetWriter.Create(new FailingStream(100), new HistoricalEventsParquetOptions { RowGroupSize = 1 });
        writer.Write(e);
        // The first group's error comes with the next full group.
        Assert.Throws<IOException>(() => writer.Write(e));
        Assert.Throws<InvalidOperationException>(() => writer.Write(e));
        Assert.Throws<IOException>(writer.Dispose);
    }

    [Fact]
    public async Task HistoricalEventsParquetWriter_CardsWrittenOneByOne_ReadBackEqual()
    {
        List<EventCard> cards = TestFiles.Cards(TestFiles.Sample("british-history.txt"));
        using var stream = new MemoryStream();
        await using (HistoricalEventsParquetWriter writer = await HistoricalEventsParquetWriter.CreateAsync(stream, new HistoricalEventsParquetOptions { RowGroupSize = 10 }))
        {
            foreach (EventCard card in cards)
            {
                await writer.WriteAsync(card);
            }
            Assert.Equal(cards.Sum(c => 1 + c.Moments.Count), writer.Count);
        }
        stream.Position = 0;
        AssertSameCards(cards, [.. HistoricalEventsParquet.ReadCards(stream)]);
    }

    [Fact]
    public void HistoricalEventsParquetWriter_WriteAfterDispose_Throws()
    {
        using var stream = new MemoryStream();
        HistoricalEventsParquetWriter writer = HistoricalEventsParquetWriter.Create(stream);
        writer.Dispose();
        writer.Dispose();
        Assert.Throws<ObjectDisposedException>(() => writer.Write(new HistoricalEvent(HistoricalDate.Parse("1991"), "Late.")));
        Assert.Throws<ArgumentNullException>(() => writer.Write((EventCard)null!));
    }

    /// <summary>A stream that can only be written forward, like standard output or a network stream.</summary>
    private sealed class ForwardOnlyStream : MemoryStream
    {
        public override bool CanSeek => false;

        public override long Position
        {
            get => base.Position;
            set => throw new NotSupportedException();
        }

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}
