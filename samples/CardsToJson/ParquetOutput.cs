using HistoricalEvents.Interchange;

namespace HistoricalEvents.Samples.CardsToJson;

/// <summary>
/// <c>--to parquet</c>: every event of every card as one Parquet row (HistoricalEvents.Parquet), streamed to the
/// output in row groups; binary, so redirect standard output to a file. <c>HistoricalEventsParquet.ReadCards</c>
/// reads it back to equal cards; DuckDB and Spark read it as it is (docs/scale.md).
/// </summary>
internal sealed class ParquetOutput : ICardOutput
{
    private readonly Stream _output;
    private readonly HistoricalEventsParquetWriter _writer;

    /// <exception cref="NotSupportedException">The output decodes text (a TextWriter): Parquet is binary.</exception>
    public ParquetOutput(Stream output)
    {
        if (output is TextWriterStream)
        {
            throw new NotSupportedException("--to parquet writes bytes; run CardsToJson with a byte stream for standard output");
        }
        _output = output;
        _writer = HistoricalEventsParquetWriter.Create(output);
    }

    public void Write(EventCard card) => _writer.Write(card);

    public void Complete()
    {
        _writer.Dispose();
        _output.Flush();
    }

    public void Dispose() => _writer.Dispose();
}
