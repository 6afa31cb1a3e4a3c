using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Text.Cards;

public class CardSyntaxTests
{
    [Theory]
    [InlineData("1991", true)]
    [InlineData("before 1200", true)]
    [InlineData("after 1066", true)]
    [InlineData("between 1861 and 1876", true)]
    [InlineData("until 1991", true)]
    [InlineData("? January 2017", true)]
    [InlineData("7 November [O.S. 25 October] 1917 – 9 January 1918", true)]
    [InlineData("Between the wars, the city grew to 1 million.", false)]
    [InlineData("1991x", true)]
    [InlineData("April 28, 1920", true)]
    [InlineData("February 30, 1920", true)]
    [InlineData("Sept. 1, 1939", true)]
    [InlineData("c. 1200", true)]
    [InlineData("about 1200", true)]
    [InlineData("around 1200 · Kyiv", true)]
    [InlineData("probably 1066", true)]
    [InlineData("About 300 soldiers died in 1920.", false)]
    [InlineData("44 BC", true)]
    [InlineData("early 1920s", true)]
    [InlineData("1991 · Baku, Azerbaijan, a very long place path that goes on and on", true)]
    [InlineData("1920 was a year of upheaval.", false)]
    [InlineData("In 1920, Baku fell", false)]
    [InlineData("Aprilia 1920", false)]
    [InlineData("April showers", false)]
    [InlineData("Baku, Azerbaijan | Soviet Union", false)]
    [InlineData("On April 28, 1920, the Soviet 11th Red Army crossed the border into Azerbaijan", false)]
    [InlineData("", false)]
    public void LooksLikeDate_Line_FollowsTheDocumentedRule(string line, bool expected) =>
        Assert.Equal(expected, CardSyntax.LooksLikeDate(line));
}
