using System.Text;
using HistoricalEvents.Interchange;
using HistoricalEvents.Text;
using HistoricalEvents.Timelines;
using NodaTime;
using NodaTime.Calendars;

namespace HistoricalEvents.Tests.Interchange;

public class OnThisDayImporterTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Interchange", "OnThisDay", name);

    private static List<ParseResult<HistoricalEvent>> Read(string json, AnnualDate day) =>
        OnThisDayImporter.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), day).ToList();

    [Theory]
    [InlineData("android_onthisday_all_en_10-30.json", 10, 30, 5 + 48 + 229 + 96)]
    [InlineData("android_onthisday_events_en_10-05_v2017-09.json", 10, 5, 52)]
    [InlineData("ios_FeedOnThisDay-en_01-19_events-subset.json", 1, 19, 3)]
    public void ReadFile_RealFeed_EveryItemWithAYearIsAnEventOnThatDay(string file, int month, int day, int count)
    {
        var results = OnThisDayImporter.ReadFile(Fixture(file), new AnnualDate(month, day)).ToList();

        Assert.All(results, r => Assert.True(r.Success, r.ToString()));
        Assert.Equal(count, results.Count);
        var builder = new TimelineBuilder();
        builder.AddRange(results.Select(r => r.Value));
        Assert.Equal(count, builder.Build().OnThisDay(new AnnualDate(month, day)).Count);
    }

    [Fact]
    public void ReadFile_BirthInBC_YearInTheRightEra()
    {
        var julia = OnThisDayImporter.ReadFile(Fixture("android_onthisday_all_en_10-30.json"), new AnnualDate(10, 30))
            .Select(r => r.Value).Single(e => e.Title == "Birth: Julia the Elder");

        Assert.Equal(HistoricalDate.FromDay(-38, 10, 30), julia.Date);
        Assert.Equal(Era.BeforeCommon, julia.Date.Era);
        Assert.Equal(39, julia.Date.YearOfEra);
        Assert.Equal(HistoricalCalendar.Julian, julia.Date.Calendar);
        Assert.Equal(["https://en.wikipedia.org/wiki/Julia_the_Elder", "https://en.wikipedia.org/wiki/Augustus"], julia.Sources.Select(s => s.Text));
    }

    [Fact]
    public void ReadFile_TextSaysGregorianCalendar_GregorianDay()
    {
        var babylon = OnThisDayImporter.ReadFile(Fixture("android_onthisday_events_en_10-05_v2017-09.json"), new AnnualDate(10, 5))
            .Select(r => r.Value).Single(e => e.Date.YearOfEra == 539 && e.Date.Era == Era.BeforeCommon);

        Assert.Equal(HistoricalCalendar.Gregorian, babylon.Date.Calendar);
        Assert.Equal("Cyrus the Great", babylon.Title);
    }

    [Fact]
    public void ReadFile_ModernSchema_ContentUrlsAsSources()
    {
        var first = OnThisDayImporter.ReadFile(Fixture("ios_FeedOnThisDay-en_01-19_events-subset.json"), new AnnualDate(1, 19)).First().Value;

        Assert.Equal("2014 Bannu bombing", first.Title);
        Assert.Equal(HistoricalDate.FromDay(2014, 1, 19), first.Date);
        Assert.Equal("https://en.wikipedia.org/wiki/2014_Bannu_bombing", first.Sources[0].Text);
    }

    public static TheoryData<string, string, string> BadItems => new()
    {
        { "{\"events\":[{\"text\":\"x\",\"year\":0,\"pages\":[]}]}", "$.events[0].year", "other than 0" },
        { "{\"events\":[{\"text\":\"x\",\"year\":\"1991\",\"pages\":[]}]}", "$.events[0].year", "whole" },
        { "{\"events\":[{\"year\":1991}]}", "$.events[0].text", "text" },
        { "{\"events\":[{\"text\":\"x\",\"year\":1900}]}", "$.events[0].year", "day 29 of month 2" },
        { "{\"events\":[{\"text\":\"x\",\"year\":20000}]}", "$.events[0].year", "day 29 of month 2" },
        { "{\"events\":{}}", "$.events", "array" },
        { "[]", "$", "feed" },
    };

    [Theory]
    [MemberData(nameof(BadItems))]
    public void Read_BadItem_ErrorWithJsonPathAndReadingGoesOn(string json, string path, string expected)
    {
        var results = Read(json, new AnnualDate(2, 29));

        Assert.Equal(path, results[0].Error!.Source);
        Assert.Contains(expected, results[0].Error!.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadItemAmongGoodOnes_OthersStillRead()
    {
        var results = Read("{\"events\":[{\"text\":\"a\",\"year\":0},{\"text\":\"b\",\"year\":1991}],\"holidays\":[{\"text\":\"c\",\"pages\":[]}]}", new AnnualDate(8, 30));

        Assert.Equal(2, results.Count);
        Assert.False(results[0].Success);
        Assert.Equal("b", results[1].Value.Summary);
    }

    [Fact]
    public void Read_BrokenJson_ErrorWithLineAndColumn()
    {
        var error = Read("{\"events\":\n  [{,]}", new AnnualDate(8, 30)).Single().Error!;

        Assert.Equal(2, error.Line);
        Assert.Equal(5, error.Column);
    }
}
