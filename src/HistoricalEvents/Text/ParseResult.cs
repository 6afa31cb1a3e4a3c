using System.Diagnostics.CodeAnalysis;

namespace HistoricalEvents.Text;

/// <summary>
/// The outcome of reading text: a value, or a <see cref="ParseError"/> with its position. Parsers return this
/// instead of throwing for bad input; <see cref="Value"/> throws the documented exception when there is none.
/// </summary>
/// <typeparam name="T">The type of value read.</typeparam>
public readonly struct ParseResult<T> : IEquatable<ParseResult<T>>
{
    private readonly T _value;

    // A success holds ParseError.SuccessMarker rather than null, so that default(ParseResult<T>), which no parser
    // returns, is a failure (ParseError.NoResult) instead of a success with a made-up default value.
    private readonly ParseError? _error;

    private ParseResult(T value, ParseError error)
    {
        _value = value;
        _error = error;
    }

    /// <summary>A successful result.</summary>
    public static ParseResult<T> ForValue(T value) => new(value, ParseError.SuccessMarker);

    /// <summary>A failed result.</summary>
    public static ParseResult<T> ForError(ParseError error) => new(default!, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>Whether a value was read. <see langword="false"/> for <c>default(ParseResult&lt;T&gt;)</c>.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => ReferenceEquals(_error, ParseError.SuccessMarker);

    /// <summary>
    /// The error, or <see langword="null"/> on success. A <c>default(ParseResult&lt;T&gt;)</c>, which holds no
    /// result at all, reports an error at 1:1 that says so.
    /// </summary>
    public ParseError? Error => Success ? null : _error ?? ParseError.NoResult;

    /// <summary>The value read.</summary>
    /// <exception cref="HistoricalParseException">The text could not be read; the exception carries the error.</exception>
    public T Value => Success ? _value : throw new HistoricalParseException(Error);

    /// <summary>Returns the value, or throws <see cref="HistoricalParseException"/> with the error.</summary>
    public T GetValueOrThrow() => Value;

    /// <summary>Gets the value when there is one.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Success;
    }

    /// <summary>Returns the value, or <paramref name="fallback"/> when the text could not be read.</summary>
    public T GetValueOrDefault(T fallback) => Success ? _value : fallback;

    /// <summary>Transforms a successful value; passes an error through.</summary>
    public ParseResult<TResult> Map<TResult>(Func<T, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        return Success ? ParseResult<TResult>.ForValue(selector(_value)) : ParseResult<TResult>.ForError(Error);
    }

    /// <inheritdoc />
    public bool Equals(ParseResult<T> other) =>
        Equals(Error, other.Error) && (!Success || EqualityComparer<T>.Default.Equals(_value, other._value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ParseResult<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Success ? EqualityComparer<T>.Default.GetHashCode(_value!) : Error.GetHashCode();

    /// <summary>Equality.</summary>
    public static bool operator ==(ParseResult<T> left, ParseResult<T> right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ParseResult<T> left, ParseResult<T> right) => !left.Equals(right);

    /// <summary>The value, or the error in <c>LINE:COLUMN: message</c> form.</summary>
    public override string ToString() => Success ? $"{_value}" : Error.ToString();
}
