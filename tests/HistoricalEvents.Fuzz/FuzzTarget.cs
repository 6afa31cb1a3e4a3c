using System.Text;

namespace HistoricalEvents.Fuzz;

/// <summary>
/// One fuzzing target: a name for the command line and a method that feeds one input to the library and checks the
/// library's promises. A target returns normally when every promise holds and throws (which AFL counts as a crash)
/// when one does not: an exception the API does not document, a result that contradicts another entry point, or a
/// round trip that does not give the value back.
/// </summary>
internal abstract class FuzzTarget
{
    /// <summary>The name on the command line and the folder of its seed corpus (<c>corpus/&lt;name&gt;</c>).</summary>
    public abstract string Name { get; }

    /// <summary>One line for <c>--list</c>: what is fuzzed and which promises are checked.</summary>
    public abstract string Description { get; }

    /// <summary>Runs one input; throws <see cref="InvariantException"/> (or lets an unexpected exception out) on a bug.</summary>
    public abstract void Run(byte[] input);

    /// <summary>The input as text, the way a caller holding bytes would decode it (invalid UTF-8 becomes U+FFFD).</summary>
    protected static string Utf8(byte[] input) => Encoding.UTF8.GetString(input);

    /// <summary>Fails the run when <paramref name="condition"/> is false.</summary>
    protected static void Check(bool condition, string promise, object? detail = null) => FuzzCheck.That(condition, promise, detail);
}

/// <summary>The checks targets share.</summary>
internal static class FuzzCheck
{
    /// <summary>Fails the run when <paramref name="condition"/> is false.</summary>
    public static void That(bool condition, string promise, object? detail = null)
    {
        if (!condition)
        {
            throw new InvariantException(detail is null ? promise : $"{promise}: {detail}");
        }
    }

    /// <summary>Checks what every error the library reports must have: a 1-based position and non-empty found/expected texts.</summary>
    public static void Error(Text.ParseError? error, string where)
    {
        That(error is not null, $"{where}: a failed result has an error");
        That(error!.Line >= 1 && error.Column >= 1, $"{where}: error positions are 1-based", error);
        That(!string.IsNullOrEmpty(error.Found) && !string.IsNullOrEmpty(error.Expected), $"{where}: an error says what was found and what was expected", error);
    }
}

/// <summary>
/// What <see cref="Place.Equals(Place?)"/> leaves out: places are equal by path, so a round trip that loses a place's
/// coordinates would pass an equality check. These compare the coordinates of every place too.
/// </summary>
internal static class Coordinates
{
    public static bool Same(object? a, object? b) => (a, b) switch
    {
        (Place x, Place y) => x.Coordinates == y.Coordinates,
        (HistoricalEvent x, HistoricalEvent y) => x.Places.Count == y.Places.Count && x.Places.Zip(y.Places).All(p => p.First.Coordinates == p.Second.Coordinates),
        (EventCard x, EventCard y) => Same(x.Headline, y.Headline) && x.Moments.Count == y.Moments.Count && x.Moments.Zip(y.Moments).All(m => Same(m.First, m.Second)),
        _ => true,
    };
}

/// <summary>A broken promise of the library, found by a target.</summary>
internal sealed class InvariantException(string message) : Exception(message);
