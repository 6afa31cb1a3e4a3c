namespace HistoricalEvents.Tests.Models;

public class SourceTests
{
    [Theory]
    [InlineData("en.wikipedia.org", "en.wikipedia.org", "Wikipedia", "en", "English")]
    [InlineData("https://de.wikipedia.org/wiki/Baku", "de.wikipedia.org", "Wikipedia", "de", "German")]
    [InlineData("https://en.m.wikipedia.org/wiki/Baku", "en.m.wikipedia.org", "Wikipedia", "en", "English")]
    [InlineData("www.britannica.com", "www.britannica.com", "Encyclopædia Britannica", "en", "English")]
    [InlineData("example.org", "example.org", null, null, null)]
    public void Parse_Hosts_TellPublisherAndLanguage(string text, string host, string? publisher, string? code, string? language)
    {
        Source source = Source.Parse(text);
        Assert.Equal(text, source.Text);
        Assert.Equal(host, source.Host);
        Assert.Equal(publisher, source.Publisher);
        Assert.Equal(code, source.LanguageCode);
        Assert.Equal(language, source.Language);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_Empty_Throws(string text) => Assert.Throws<ArgumentException>(() => Source.Parse(text));

    [Fact]
    public void Parse_Url_KeepsUri() =>
        Assert.Equal(new Uri("https://en.wikipedia.org/wiki/Baku"), Source.Parse("https://en.wikipedia.org/wiki/Baku").Url);

    [Fact]
    public void Description_Wikipedia_NamesLanguage() => Assert.Equal("Wikipedia (English)", Source.Parse("en.wikipedia.org").Description);
}
