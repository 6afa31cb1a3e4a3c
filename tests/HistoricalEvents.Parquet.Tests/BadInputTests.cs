using DuckDB.NET.Data;
using HistoricalEvents.Interchange;

namespace HistoricalEvents.Parquet.Tests;

/// <summary>
/// What reading does with a stream that is not an events file: an <see cref="InvalidDataException"/> that says what
/// is wrong (the column, and for a bad value the row), never a wrong event. The damaged files are written by DuckDB
/// from a good one.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TestFiles.TempFile _good = TestFiles.Temp();
    private readonly TestFiles.TempFile _bad = TestFiles.Temp();

    public BadInputTests()
    {
        using FileStream stream = File.Create(_good.Path);
        HistoricalEventsParquet.Write(stream, TestFiles.Cards(TestFiles.SeedCard));
    }

    public void Dispose()
    {
        _good.Dispose();
        _bad.Dispose();
    }

    /// <summary>Writes <c>SELECT {select} FROM</c> the good file to the bad one with DuckDB.</summary>
    private string Rewrite(string select)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = $"COPY (SELECT {select} FROM read_parquet('{_good.Path}')) TO '{_bad.Path}' (FORMAT parquet)";
        command.ExecuteNonQuery();
        return _bad.Path;
    }

    private static InvalidDataException ReadFails(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Assert.Throws<InvalidDataException>(() => HistoricalEventsParquet.Read(stream).ToList());
    }

    [Fact]
    public void Read_FileRewrittenByDuckDb_ReadsBackTheSameCards()
    {
        // DuckDB's own Parquet writer, same columns: what a user gets back after SQL that keeps every column.
        using FileStream stream = File.OpenRead(Rewrite("*"));
        List<EventCard> cards = TestFiles.Cards(TestFiles.SeedCard);
        HistoricalEventsParquetTests.AssertSameCards(cards, [.. HistoricalEventsParquet.ReadCards(stream)]);
    }

    public static TheoryData<byte[]> NotParquet =>
    [
        Array.Empty<byte>(),
        "T Title\n1991\nSummary."u8.ToArray(),
        "PAR1 but not really PAR1"u8.ToArray(),
        [.. "PAR1"u8.ToArray(), .. new byte[100], 0xFF, 0xFF, 0xFF, 0x7F, .. "PAR1"u8.ToArray()],
    ];

    [Theory]
    [MemberData(nameof(NotParquet))]
    public void Read_NotParquet_ThrowsInvalidData(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        InvalidDataException e = Assert.Throws<InvalidDataException>(() => HistoricalEventsParquet.Read(stream).ToList());
        Assert.StartsWith("The stream is not a Parquet file", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("edtf")]
    [InlineData("summary")]
    [InlineData("places")]
    [InlineData("earliest_day")]
    public void Read_MissingColumn_ThrowsNamingIt(string column)
    {
        InvalidDataException e = ReadFails(Rewrite($"* EXCLUDE ({column})"));
        Assert.Contains($"no column '{column}'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CAST(line AS VARCHAR) AS line", "line")]
    [InlineData("CAST(earliest_day AS INTEGER) AS earliest_day", "earliest_day")]
    [InlineData("array_to_string(places, ';') AS places", "places")]
    [InlineData("[title] AS title", "title")]
    public void Read_ColumnOfAnotherType_ThrowsNamingIt(string replace, string column)
    {
        InvalidDataException e = ReadFails(Rewrite($"* REPLACE ({replace})"));
        Assert.Contains($"column '{column}' is", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'not a date' AS edtf", "column 'edtf'")]
    [InlineData("earliest_day + 1 AS earliest_day", "column 'edtf'")]
    [InlineData("CAST(NULL AS VARCHAR) AS summary", "column 'summary'")]
    [InlineData("'  ' AS title", "column 'title'")]
    [InlineData("['Baku, , Azerbaijan'] AS places", "column 'places'")]
    [InlineData("[''] AS sources", "column 'sources'")]
    [InlineData("CAST(NULL AS BIGINT) AS line", "column 'line'")]
    [InlineData("'both' AS role", "column 'role'")]
    public void Read_BadValue_ThrowsWithRowAndColumn(string replace, string where)
    {
        InvalidDataException e = ReadFails(Rewrite($"* REPLACE ({replace})"));
        Assert.StartsWith("Row 1, " + where, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCards_EventsFile_ThrowsInvalidData()
    {
        using var stream = new MemoryStream();
        HistoricalEventsParquet.Write(stream, TestFiles.Cards(TestFiles.SeedCard).SelectMany(c => c.Events));
        stream.Position = 0;
        InvalidDataException e = Assert.Throws<InvalidDataException>(() => HistoricalEventsParquet.ReadCards(stream).ToList());
        Assert.StartsWith("Row 1, column 'role'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NonSeekableStream_ThrowsArgument()
    {
        using var pipe = new System.IO.Pipes.AnonymousPipeServerStream(System.IO.Pipes.PipeDirection.In);
        Assert.Throws<ArgumentException>(() => HistoricalEventsParquet.Read(pipe));
        Assert.Throws<ArgumentNullException>(() => HistoricalEventsParquet.Read(null!));
    }

    [Fact]
    public async Task ReadAsync_NotParquet_ThrowsInvalidData()
    {
        using var stream = new MemoryStream("not parquet at all"u8.ToArray());
        await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (HistoricalEvent _ in HistoricalEventsParquet.ReadAsync(stream))
            {
            }
        });
    }
}
