using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

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
    // The error sits in a one-field struct so that it is laid out after the value: the runtime puts bare reference
    // fields first, and a value written at offset 8 and then copied whole made the CPU stall on every parse.
    private readonly ErrorSlot _slot;

    private ParseResult(T value, ParseError error)
    {
        _value = value;
        _slot = new ErrorSlot(error);
    }

    private ParseError? StoredError => _slot.Error;

    /// <summary>A successful result.</summary>
    public static ParseResult<T> ForValue(T value) => new(value, ParseError.SuccessMarker);

    /// <summary>A failed result.</summary>
    public static ParseResult<T> ForError(ParseError error) => new(default!, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>Whether a value was read. <see langword="false"/> for <c>default(ParseResult&lt;T&gt;)</c>.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => ReferenceEquals(StoredError, ParseError.SuccessMarker);

    /// <summary>
    /// The error, or <see langword="null"/> on success. A <c>default(ParseResult&lt;T&gt;)</c>, which holds no
    /// result at all, reports an error at 1:1 that says so.
    /// </summary>
    public ParseError? Error => Success ? null : StoredError ?? ParseError.NoResult;

    /// <summary>The value read.</summary>
    /// <exception cref="HistoricalParseException">The text could not be read; the exception carries the error.</exception>
    public T Value => Success ? _value : ThrowNoValue();

    // Out of line, so that Value stays small enough to inline where results are read.
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private T ThrowNoValue() => throw new HistoricalParseException(Error!);

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

/// <summary>A reference in a struct of its own, which keeps its declared place in <see cref="ParseResult{T}"/>.</summary>
internal readonly struct ErrorSlot
{
    internal readonly ParseError? Error;

    internal ErrorSlot(ParseError? error) => Error = error;
}
