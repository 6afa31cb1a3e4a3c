namespace HistoricalEvents.Internal;

internal static partial class Messages
{
    internal const string SvgWidthRange = "The drawing's width must be between 320 and 20,000 pixels.";

    internal const string SvgLabelLengthRange = "The longest label must be between 8 and 200 characters.";
}
