namespace HistoricalEvents.Tests.Models;

public class HistoricalDateRelationsTests
{
    private static readonly HistoricalDate Y1991 = HistoricalDate.FromYear(1991);
    private static readonly HistoricalDate Aug1991 = HistoricalDate.FromMonth(1991, 8);
    private static readonly HistoricalDate Y1992 = HistoricalDate.FromYear(1992);

    [Fact]
    public void IsDuring_YearInsideMonth_IsPossibly() => Assert.Equal(Certainty.Possibly, Y1991.IsDuring(Aug1991));

    [Fact]
    public void IsBefore_YearBeforeNextYear_IsDefinitely() => Assert.Equal(Certainty.Definitely, Y1991.IsBefore(Y1992));

    [Fact]
    public void IsBefore_YearBeforeMonthInside_IsPossibly() => Assert.Equal(Certainty.Possibly, Y1991.IsBefore(Aug1991));

    [Fact]
    public void IsAfter_EarlierYear_IsNot() => Assert.Equal(Certainty.Not, Y1991.IsAfter(Y1992));

    [Fact]
    public void Contains_YearContainsMonth_IsDefinitely() => Assert.Equal(Certainty.Definitely, Y1991.Contains(Aug1991));

    [Fact]
    public void Overlaps_TwoEventsInSameYear_IsPossibly() => Assert.Equal(Certainty.Possibly, Y1991.Overlaps(Y1991));

    [Fact]
    public void Overlaps_SameKnownDay_IsDefinitely()
    {
        HistoricalDate day = HistoricalDate.FromDay(1920, 4, 28);
        Assert.Equal(Certainty.Definitely, day.Overlaps(day));
    }

    [Theory]
    [InlineData(AllenRelation.Before, Certainty.Definitely)]
    [InlineData(AllenRelation.Meets, Certainty.Not)]
    [InlineData(AllenRelation.After, Certainty.Not)]
    public void Relate_1914To1918AgainstWorldWarTwo_IsExact(AllenRelation relation, Certainty expected)
    {
        HistoricalDate ww1 = HistoricalDate.Interval(HistoricalDate.FromYear(1914), HistoricalDate.FromYear(1918));
        HistoricalDate ww2 = HistoricalDate.Interval(HistoricalDate.FromYear(1939), HistoricalDate.FromYear(1945));
        Assert.Equal(expected, ww1.Relate(ww2, relation));
    }

    [Fact]
    public void Relate_AdjacentYearsAsSpans_MeetDefinitely() =>
        Assert.Equal(Certainty.Definitely, Y1991.Relate(Y1992, AllenRelation.Meets, DateReading.Span, DateReading.Span));

    [Fact]
    public void Relate_FuzzyEndedIntervals_NoneDefiniteSeveralPossible()
    {
        HistoricalDate a = HistoricalDate.Interval(HistoricalDate.FromYear(1914), HistoricalDate.FromYear(1918));
        HistoricalDate b = HistoricalDate.Interval(HistoricalDate.FromYear(1918), HistoricalDate.FromYear(1920));
        Certainty[] all = Enum.GetValues<AllenRelation>().Select(r => a.Relate(b, r)).ToArray();
        Assert.DoesNotContain(Certainty.Definitely, all);
        Assert.Equal(Certainty.Possibly, a.Relate(b, AllenRelation.Overlaps));
        Assert.Equal(Certainty.Possibly, a.Relate(b, AllenRelation.Meets));
        Assert.Equal(Certainty.Possibly, a.Relate(b, AllenRelation.Before));
        Assert.Equal(Certainty.Not, a.Relate(b, AllenRelation.After));
    }

    [Fact]
    public void Relate_DisjointSpans_ExactlyOneRelationDefinitely()
    {
        HistoricalDate a = HistoricalDate.FromDay(1920, 4, 28);
        HistoricalDate b = HistoricalDate.FromDay(1920, 4, 29);
        Certainty[] all = Enum.GetValues<AllenRelation>().Select(r => a.Relate(b, r, DateReading.Span, DateReading.Span)).ToArray();
        Assert.Single(all, c => c == Certainty.Definitely);
        Assert.Equal(Certainty.Definitely, a.Relate(b, AllenRelation.Meets, DateReading.Span, DateReading.Span));
    }
}
