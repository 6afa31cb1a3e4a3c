using HistoricalEvents.Text;

namespace HistoricalEvents.Tests.Text;

public class ParseResultTests
{
    private static readonly ParseError SomeError = new(new TextPosition(2, 7), "\"x\"", "a year");

    [Fact]
    public void ForValue_Default_IsASuccessWithThatValue()
    {
        ParseResult<int> result = ParseResult<int>.ForValue(0);
        Assert.True(result.Success);
        Assert.Null(result.Error);
        Assert.Equal(0, result.Value);
    }

    [Fact]
    public void ForError_AnyError_IsAFailureCarryingIt()
    {
        ParseResult<int> result = ParseResult<int>.ForError(SomeError);
        Assert.False(result.Success);
        Assert.Same(SomeError, result.Error);
        HistoricalParseException e = Assert.Throws<HistoricalParseException>(() => result.Value);
        Assert.Same(SomeError, e.Error);
    }

    [Fact]
    public void DefaultValue_NoParserReturnedIt_IsAFailureThatSaysSo()
    {
        ParseResult<HistoricalDate> result = default;
        Assert.False(result.Success);
        Assert.NotNull(result.Error);
        Assert.Equal((1, 1), (result.Error.Line, result.Error.Column));
        Assert.Contains("ParseResult", result.Error.Found, StringComparison.Ordinal);
        Assert.Throws<HistoricalParseException>(() => result.Value);
        Assert.False(result.TryGetValue(out _));
        Assert.Equal(HistoricalDate.FromYear(1991), result.GetValueOrDefault(HistoricalDate.FromYear(1991)));
    }

    [Fact]
    public void Equals_DefaultAndDefault_AreEqualButNotEqualToASuccess()
    {
        Assert.Equal(default(ParseResult<int>), default(ParseResult<int>));
        Assert.NotEqual(default, ParseResult<int>.ForValue(0));
        Assert.Equal(ParseResult<int>.ForValue(3), ParseResult<int>.ForValue(3));
        Assert.NotEqual(ParseResult<int>.ForValue(3), ParseResult<int>.ForValue(4));
        Assert.Equal(ParseResult<int>.ForError(SomeError), ParseResult<int>.ForError(SomeError));
    }

    [Fact]
    public void Map_Success_TransformsAndFailure_PassesTheErrorThrough()
    {
        Assert.Equal(6, ParseResult<int>.ForValue(3).Map(v => v * 2).Value);
        Assert.Same(SomeError, ParseResult<int>.ForError(SomeError).Map(v => v * 2).Error);
        Assert.False(default(ParseResult<int>).Map(v => v * 2).Success);
    }

    [Fact]
    public void ToString_SuccessAndFailure_ShowValueOrPositionedError()
    {
        Assert.Equal("3", ParseResult<int>.ForValue(3).ToString());
        Assert.Equal("2:7: found \"x\", expected a year", ParseResult<int>.ForError(SomeError).ToString());
    }
}
