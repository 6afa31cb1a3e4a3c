using HistoricalEvents.Text;
using NodaTime;

namespace HistoricalEvents.Samples.TimelineQuery;

/// <summary>The parsed command line of TimelineQuery. Immutable; made by <see cref="TryParse"/>.</summary>
public sealed class TimelineQueryArguments
{
    /// <summary>The text shown with an argument error.</summary>
    public const string Usage =
        "usage: TimelineQuery [--on MM-DD] [--between A B] [--place NAME] [--during A B] [--near DATE [--take N]] " +
        "[--text WORDS] [--certainty definitely|possibly] FILE...";

    /// <summary>How many events <c>--near</c> answers without <c>--take</c>.</summary>
    public const int DefaultTake = 10;

    private static readonly int[] DaysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    /// <summary><c>--on MM-DD</c>: the day of the year.</summary>
    public AnnualDate? On { get; private init; }

    /// <summary><c>--between A B</c>: the window's first and last dates.</summary>
    public (HistoricalDate From, HistoricalDate To)? Between { get; private init; }

    /// <summary><c>--place NAME</c>: a place path, alias or name.</summary>
    public string? Place { get; private init; }

    /// <summary><c>--during A B</c>: a period from A to B.</summary>
    public (HistoricalDate From, HistoricalDate To)? During { get; private init; }

    /// <summary><c>--near DATE</c>: the date to find the nearest events to.</summary>
    public HistoricalDate? Near { get; private init; }

    /// <summary><c>--take N</c>: how many nearest events (<see cref="DefaultTake"/> without it).</summary>
    public int Take { get; private init; } = DefaultTake;

    /// <summary><c>--text WORDS</c>: words every match's title or summary contains.</summary>
    public string? Text { get; private init; }

    /// <summary><c>--certainty</c>: the least certainty of date matches; possibly by default.</summary>
    public Certainty Minimum { get; private init; } = Certainty.Possibly;

    /// <summary>The card files to read.</summary>
    public IReadOnlyList<string> Files { get; private init; } = [];

    private TimelineQueryArguments()
    {
    }

    /// <summary>Reads the command line strictly: every problem gives a message naming the option and what was expected.</summary>
    public static bool TryParse(IReadOnlyList<string> args, out TimelineQueryArguments arguments, out string error)
    {
        arguments = new TimelineQueryArguments();
        error = "";
        AnnualDate? on = null;
        (HistoricalDate, HistoricalDate)? between = null, during = null;
        HistoricalDate? near = null;
        int? take = null;
        string? place = null, text = null;
        Certainty? minimum = null;
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool optionsEnded = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (optionsEnded || !arg.StartsWith('-') || arg == "-")
            {
                files.Add(arg);
                continue;
            }
            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }
            if (!seen.Add(arg))
            {
                error = $"{arg} is given twice.";
                return false;
            }
            bool ok = arg switch
            {
                "--on" => Value(args, ref i, arg, out string? v, ref error) && TryAnnualDate(v!, out on, ref error),
                "--between" => TryRange(args, ref i, arg, out between, ref error),
                "--during" => TryRange(args, ref i, arg, out during, ref error),
                "--near" => Value(args, ref i, arg, out string? v, ref error) && TryDate(arg, v!, out near, ref error),
                "--take" => Value(args, ref i, arg, out string? v, ref error) && TryCount(v!, out take, ref error),
                "--place" => Value(args, ref i, arg, out place, ref error) && NotBlank(arg, place!, "a place name", ref error),
                "--text" => Value(args, ref i, arg, out text, ref error) && NotBlank(arg, text!, "words with letters or digits", ref error),
                "--certainty" => Value(args, ref i, arg, out string? v, ref error) && TryCertainty(v!, out minimum, ref error),
                _ => Fail($"unknown option {arg}.", ref error),
            };
            if (!ok)
            {
                return false;
            }
        }
        if (take is not null && near is null)
        {
            error = "--take needs --near.";
            return false;
        }
        if (files.Count == 0)
        {
            error = "no FILE given: name at least one card file.";
            return false;
        }
        arguments = new TimelineQueryArguments
        {
            On = on,
            Between = between,
            During = during,
            Near = near,
            Take = take ?? DefaultTake,
            Place = place,
            Text = text,
            Minimum = minimum ?? Certainty.Possibly,
            Files = files,
        };
        return true;
    }

    private static bool Fail(string message, ref string error)
    {
        error = message;
        return false;
    }

    private static bool Value(IReadOnlyList<string> args, ref int i, string option, out string? value, ref string error)
    {
        if (i + 1 >= args.Count)
        {
            value = null;
            return Fail($"{option} needs a value.", ref error);
        }
        value = args[++i];
        return true;
    }

    private static bool NotBlank(string option, string value, string expected, ref string error) =>
        value.Any(char.IsLetterOrDigit) || Fail($"{option}: found \"{value}\", expected {expected}.", ref error);

    private static bool TryRange(IReadOnlyList<string> args, ref int i, string option, out (HistoricalDate, HistoricalDate)? range, ref string error)
    {
        range = null;
        if (i + 2 >= args.Count)
        {
            return Fail($"{option} needs two dates: {option} A B.", ref error);
        }
        if (!TryDate(option, args[++i], out HistoricalDate? from, ref error) || !TryDate(option, args[++i], out HistoricalDate? to, ref error))
        {
            return false;
        }
        // Years first: a date of prehistory (10,000 BC) has no day bounds.
        if (to!.Value.LatestYear < from!.Value.EarliestYear ||
            (to.Value.HasDayBounds && from.Value.HasDayBounds && to.Value.Latest < from.Value.Earliest))
        {
            return Fail($"{option}: \"{args[i]}\" ends before \"{args[i - 1]}\" starts; expected A before B.", ref error);
        }
        range = (from.Value, to.Value);
        return true;
    }

    /// <summary>Reads a date in EDTF or English (<c>April 28, 1920</c>, <c>44 BC</c>); reports the error <see cref="HistoricalDate.ParseResult"/> gives.</summary>
    private static bool TryDate(string option, string text, out HistoricalDate? date, ref string error)
    {
        ParseResult<HistoricalDate> english = HistoricalDate.ParseResult(text);
        if (english.TryGetValue(out HistoricalDate value) || EdtfPattern.Default.Parse(text).TryGetValue(out value))
        {
            date = value;
            return true;
        }
        date = null;
        ParseError e = english.Error!;
        return Fail($"{option}: \"{text}\" is not a date at column {e.Column}: {e.Message}.", ref error);
    }

    private static bool TryAnnualDate(string text, out AnnualDate? date, ref string error)
    {
        date = null;
        if (text.Length != 5 || text[2] != '-' || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1]) ||
            !char.IsAsciiDigit(text[3]) || !char.IsAsciiDigit(text[4]))
        {
            return Fail($"--on: found \"{text}\", expected a month and day as MM-DD (04-28).", ref error);
        }
        int month = (text[0] - '0') * 10 + text[1] - '0', day = (text[3] - '0') * 10 + text[4] - '0';
        if (month is < 1 or > 12 || day < 1 || day > DaysInMonth[month - 1])
        {
            return Fail($"--on: \"{text}\" is not a day of the year (month 01-12, a day the month has; 02-29 is allowed).", ref error);
        }
        date = new AnnualDate(month, day);
        return true;
    }

    private static bool TryCount(string text, out int? count, ref string error)
    {
        count = null;
        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) || n < 1)
        {
            return Fail($"--take: found \"{text}\", expected a whole number from 1.", ref error);
        }
        count = n;
        return true;
    }

    private static bool TryCertainty(string text, out Certainty? certainty, ref string error)
    {
        certainty = text.ToLowerInvariant() switch
        {
            "definitely" => Certainty.Definitely,
            "possibly" => Certainty.Possibly,
            _ => null,
        };
        return certainty is not null || Fail($"--certainty: found \"{text}\", expected definitely or possibly.", ref error);
    }
}
