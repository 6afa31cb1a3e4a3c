using HistoricalEvents.Timelines;

namespace HistoricalEvents.Tests.Models;

/// <summary>ToDump(): the compact rows LINQPad shows for the main types.</summary>
public class DumpTests
{
    private static string Row(object dump) =>
        string.Join("; ", dump.GetType().GetProperties().Select(p => $"{p.Name}={p.GetValue(dump)}"));

    [Theory]
    [InlineData("March 15, 44 BC", "Written=March 15, 44 BC; Edtf=-0043-03-13; Precision=Day; Earliest=-0043-03-13; Latest=-0043-03-13")]
    [InlineData("1914–1918", "Written=1914–1918; Edtf=1914/1918; Precision=Year; Earliest=1914-01-01; Latest=1918-12-31")]
    public void ToDump_HistoricalDate_WrittenEdtfPrecisionAndBounds(string text, string expected) =>
        Assert.Equal(expected, Row(HistoricalDate.Parse(text).ToDump()));

    [Fact]
    // 31 BC is a Julian year: its days on the Gregorian axis run from -0031-12-30 to -0030-12-29.
    public void ToDump_EventCardEventAndTimeline_CompactRows()
    {
        EventCard card = EventCard.Parse("Battle of Actium\n31 BC · Actium, Greece @ 38.95, 20.75\nOctavian defeats Antony and Cleopatra.\nSource: https://en.wikipedia.org/wiki/Battle_of_Actium");
        Assert.Equal("Title=Battle of Actium; Date=31 BC; Places=Actium, Greece; Moments=0; Paragraphs=0; Source=https://en.wikipedia.org/wiki/Battle_of_Actium; From=line 1",
            Row(card.ToDump()));
        Assert.Equal("Date=31 BC; Title=Battle of Actium; Places=Actium, Greece; Summary=Octavian defeats Antony and Cleopatra.; Source=https://en.wikipedia.org/wiki/Battle_of_Actium",
            Row(card.Headline.ToDump()));
        Assert.Equal("Events=1; Places=2; Periods=0; From=-0031-12-30; To=-0030-12-29", Row(Timelines.Timeline.FromCards([card]).ToDump()));
        Assert.Equal("Events=0; Places=0; Periods=0; From=; To=", Row(Timelines.Timeline.Empty.ToDump()));
    }
}
