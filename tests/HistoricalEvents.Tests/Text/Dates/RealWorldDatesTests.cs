using HistoricalEvents.Text;
using NodaTime;

namespace HistoricalEvents.Tests.Text.Dates;

/// <summary>
/// Every date string of three public Wikipedia-derived datasets (TestData/RealWorldDates, origins in its README)
/// is read by the English pattern: the share read, the exact list of strings rejected with their errors
/// (rejected.tsv, reasons by form in docs/dates.md), round trips, and hand-checked bounds for a sample of each form.
/// </summary>
public class RealWorldDatesTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "RealWorldDates");

    private static readonly string[] FileNames = ["battlemaps.txt", "historicaldate-data.txt", "earthquakes.txt"];

    public static TheoryData<string> Files => new(FileNames);

    private static string[] Lines(string file) => File.ReadAllLines(Path.Combine(Folder, file));

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_EveryStringOfFile_ReadsAtLeast95PercentWithoutThrowing(string file)
    {
        string[] lines = Lines(file);
        int read = lines.Count(line => EnglishDatePattern.Default.Parse(line).Success);
        Assert.True(read >= lines.Length * 0.95, $"{file}: {read} of {lines.Length} read");
    }

    [Fact]
    public void Parse_AllThreeFiles_ReadsAtLeast99Percent()
    {
        string[] lines = [.. FileNames.SelectMany(Lines)];
        int read = lines.Count(line => EnglishDatePattern.Default.Parse(line).Success);
        Assert.Equal(3698, lines.Length);
        Assert.True(read >= lines.Length * 0.99, $"{read} of {lines.Length} read");
    }

    [Fact]
    public void Parse_RejectedStrings_AreExactlyTheCommittedListWithTheirErrors()
    {
        var actual = new List<string>();
        foreach (string file in FileNames)
        {
            foreach (string line in Lines(file))
            {
                ParseResult<HistoricalDate> result = EnglishDatePattern.Default.Parse(line);
                if (!result.Success)
                {
                    actual.Add($"{file}\t{line}\t{result.Error}");
                }
            }
        }
        string[] expected = File.ReadAllLines(Path.Combine(Folder, "rejected.tsv"));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Format_EveryStringRead_ParsesBackToAnEqualValue(string file)
    {
        foreach (string line in Lines(file))
        {
            ParseResult<HistoricalDate> result = EnglishDatePattern.Default.Parse(line);
            if (result.Success)
            {
                string written = EnglishDatePattern.Default.Format(result.Value);
                Assert.Equal(result.Value, EnglishDatePattern.Default.Parse(written).Value);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void TryParse_CommonShapeShortcut_AgreesWithFullParserOnEveryString(string file)
    {
        foreach (string line in Lines(file))
        {
            bool full = EnglishDateParser.TryParseFull(line, CalendarPolicy.Encyclopedic, out HistoricalDate expected, out _);
            if (EnglishDateFastPath.TryParse(line, null, CalendarPolicy.Encyclopedic, out HistoricalDate simple))
            {
                Assert.True(full, line);
                Assert.Equal(expected, simple);
            }
        }
    }

    [Fact]
    public void TryParse_CommonShapeShortcut_TakesTheCommonShapes()
    {
        string[] common = ["April 28, 1920", "28 April 1920", "1991", "Sept 1, 1939", "925", "30 may 1381"];
        Assert.All(common, text => Assert.True(EnglishDateFastPath.TryParse(text, null, CalendarPolicy.Encyclopedic, out _), text));
    }

    // Bounds worked out by hand: Julian dates move to the Gregorian axis by the century rule
    // (Gregorian = Julian + floor(Y/100) - floor(Y/400) - 2 days, Y counted from March).
    [Theory]
    [InlineData("1274 AD", 1274, 1, 8, 1275, 1, 7)]
    [InlineData("12 January 2012", 2012, 1, 12, 2012, 1, 12)]
    [InlineData("925 BC", -925, 12, 23, -924, 12, 22)]
    [InlineData("1066-12-25", 1066, 12, 31, 1066, 12, 31)]
    [InlineData("August 12, 1042", 1042, 8, 18, 1042, 8, 18)]
    [InlineData("apr 1564", 1564, 4, 11, 1564, 5, 10)]
    [InlineData("c. 2600 BC", -2600, 12, 11, -2599, 12, 10)]
    [InlineData("13–26 August, 2001", 2001, 8, 13, 2001, 8, 26)]
    [InlineData("25 May, 2001", 2001, 5, 25, 2001, 5, 25)]
    [InlineData("26 oct 899", 899, 10, 30, 899, 10, 30)]
    [InlineData("12 March 2013(0 days)", 2013, 3, 12, 2013, 3, 12)]
    [InlineData("30 September – 16 October, 2004", 2004, 9, 30, 2004, 10, 16)]
    [InlineData("240-241 AD", 240, 1, 1, 241, 12, 31)]
    [InlineData("1125–1127 AD", 1125, 1, 8, 1128, 1, 7)]
    [InlineData("Between 1861 and 1876", 1861, 1, 1, 1876, 12, 31)]
    [InlineData("Between 500BC and 400BC", -500, 12, 27, -399, 12, 26)]
    [InlineData("20 February 2022-ongoing", 2022, 2, 20, 9999, 12, 31)]
    [InlineData("8 April 2012 – present", 2012, 4, 8, 9999, 12, 31)]
    [InlineData("December 13, 115AD", 115, 12, 12, 115, 12, 12)]
    [InlineData("479BC", -479, 12, 27, -478, 12, 26)]
    [InlineData("Circa 497 bc", -497, 12, 27, -496, 12, 26)]
    [InlineData("141 or 142AD", 140, 12, 31, 142, 12, 30)]
    [InlineData("21[4] – 22 November 2017[4](1 day)", 2017, 11, 21, 2017, 11, 22)]
    [InlineData("c. 872/3 AD", 872, 1, 5, 874, 1, 4)]
    [InlineData("December 1233–February 1234 AD", 1233, 12, 8, 1234, 3, 7)]
    [InlineData("? January 2017 – 23 March 2017(2 months, 3 weeks and 1 day)", 2017, 1, 1, 2017, 3, 23)]
    [InlineData("circa 1367-04", 1367, 4, 9, 1367, 5, 8)]
    [InlineData("Before 20BC", -9998, 1, 1, -20, 12, 29)]
    [InlineData("c 530 AD", 530, 1, 3, 531, 1, 2)]
    [InlineData("June 10–11, 1585", 1585, 6, 10, 1585, 6, 11)]
    [InlineData("9 February – June 2015(3 months, 3 weeks and 2 days)", 2015, 2, 9, 2015, 6, 30)]
    [InlineData("404 or 403 BC", -404, 12, 27, -402, 12, 26)]
    [InlineData("305-304 BC", -305, 12, 27, -303, 12, 26)]
    [InlineData("Between Nov 1951 and 1953", 1951, 11, 1, 1953, 12, 31)]
    [InlineData("late 546/early547 AD", 546, 8, 3, 547, 6, 2)]
    [InlineData("1362/1363 AD", 1362, 1, 9, 1364, 1, 8)]
    [InlineData("881/2 AD", 881, 1, 5, 883, 1, 4)]
    [InlineData("? July 2015 – ? November 2015 (4 months)", 2015, 7, 1, 2015, 11, 30)]
    [InlineData("1 March 2012 – ? September 2012", 2012, 3, 1, 2012, 9, 30)]
    [InlineData("August 2016 – 28 June 2018", 2016, 8, 1, 2018, 6, 28)]
    [InlineData("late April – 16 July, 2006", 2006, 4, 19, 2006, 7, 16)]
    [InlineData("? May 2017 – present(4 years, 11 months, 3 weeks and 4 days)", 2017, 5, 1, 9999, 12, 31)]
    public void Parse_SampleOfEachForm_GivesHandCheckedBounds(string text, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        Assert.Contains(FileNames, file => Lines(file).Contains(text));
        HistoricalDate date = EnglishDatePattern.Default.Parse(text).Value;
        Assert.Equal((new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2)), (date.Earliest, date.Latest));
    }
}
