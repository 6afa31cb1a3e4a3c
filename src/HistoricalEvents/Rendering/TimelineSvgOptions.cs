using HistoricalEvents.Internal;

namespace HistoricalEvents.Rendering;

/// <summary>How <see cref="TimelineSvg"/> draws: the drawing's width, its title, the periods behind the events and
/// how long a label may be. Immutable once made; every property has a default.</summary>
public sealed class TimelineSvgOptions
{
    private readonly int _width = 1200;
    private readonly int _maxLabelLength = 48;

    /// <summary>The default options: 1,200 pixels wide, a title that counts the events, no periods.</summary>
    public static TimelineSvgOptions Default { get; } = new();

    /// <summary>The drawing's width in pixels (320 to 20,000; 1,200 by default). Its height follows from the number of
    /// label lanes needed.</summary>
    public int Width
    {
        get => _width;
        init
        {
            Preconditions.CheckArgument(value is >= 320 and <= 20_000, Messages.SvgWidthRange);
            _width = value;
        }
    }

    /// <summary>The title drawn at the top; <see langword="null"/> (the default) gives "N events, FROM to TO".</summary>
    public string? Title { get; init; }

    /// <summary>Periods drawn as bands behind the events (with a timeline, its own periods are drawn too).</summary>
    public IReadOnlyList<HistoricalPeriod> Periods { get; init; } = [];

    /// <summary>Labels longer than this (8 to 200 characters; 48 by default) are shortened with an ellipsis; the
    /// tooltip keeps the whole title.</summary>
    public int MaxLabelLength
    {
        get => _maxLabelLength;
        init
        {
            Preconditions.CheckArgument(value is >= 8 and <= 200, Messages.SvgLabelLengthRange);
            _maxLabelLength = value;
        }
    }

    /// <summary>Whether each event links to its first source with a URL (<c>&lt;a href&gt;</c>); on by default.</summary>
    public bool LinkSources { get; init; } = true;
}
