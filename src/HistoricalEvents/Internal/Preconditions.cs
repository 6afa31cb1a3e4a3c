using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace HistoricalEvents.Internal;

/// <summary>The one place argument checks live, so every public member reports misuse the same way.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }
        return argument;
    }

    internal static void CheckArgumentRange(int value, int minInclusive, int maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, value, Messages.ValueOutOfRange(minInclusive, maxInclusive));
        }
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string message, [CallerArgumentExpression(nameof(condition))] string? paramName = null)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
