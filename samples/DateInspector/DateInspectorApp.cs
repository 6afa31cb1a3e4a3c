using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HistoricalEvents.Text;

namespace HistoricalEvents.Samples.DateInspector;

/// <summary>
/// The DateInspector command: reads one date per line (or one per argument) and writes one JSON object per line
/// saying what the date means: its EDTF form, earliest and latest day, precision, qualifiers and calendar.
/// </summary>
public static class DateInspectorApp
{
    /// <summary>The longest line read as a date; a longer line is reported as an error (and not kept in memory).</summary>
    public const int MaxLineLength = 4096;

    private const string Usage =
        """
        Usage: DateInspector [--format auto|english|edtf] [--calendar POLICY] [--] [DATE ...]

        Reads one date per line from standard input (or each DATE argument) and writes one JSON
        object per line: {"input":…,"edtf":…,"earliest":…,"latest":…,"precision":…, …}, or
        {"input":…,"error":…,"column":N} for text that is not a date. Every input line gives
        exactly one output line, in order; the exit code is 0 even when some lines fail.

          --format auto     EDTF, then English as encyclopedias write it (the default)
          --format english  English only ("April 28, 1920", "44 BC")
          --format edtf     EDTF (ISO 8601-2) only ("1920-04-28", "-0043", "1984?/2004-06~")
          --calendar POLICY the calendar of English dates written without O.S. or N.S.:
                            encyclopedic (the default: Julian before 1582-10-15), gregorian,
                            julian, a first Gregorian day such as 1752-09-14, or a region:
                            great-britain, france, russia, sweden, … (see the README)
          --help            this text
        """;

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private enum InputFormat
    {
        Auto,
        English,
        Edtf,
    }

    /// <summary>Runs the command; returns the exit code (0, or 2 for a usage error).</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        InputFormat format = InputFormat.Auto;
        CalendarPolicy policy = CalendarPolicy.Encyclopedic;
        var dates = new List<string>();
        bool optionsEnded = false;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            // Only "--" options: "-0043" is a date (44 BC), not an option.
            if (optionsEnded || !arg.StartsWith("--", StringComparison.Ordinal))
            {
                dates.Add(arg);
            }
            else if (arg == "--")
            {
                optionsEnded = true;
            }
            else if (arg == "--help")
            {
                stdout.WriteLine(Usage);
                return 0;
            }
            else if (arg == "--format" && i + 1 < args.Length && TryParseFormat(args[i + 1], out format))
            {
                i++;
            }
            else if (arg == "--calendar" && i + 1 < args.Length && CalendarPolicy.TryGetNamed(args[i + 1], out CalendarPolicy? named))
            {
                policy = named;
                i++;
            }
            else
            {
                stderr.WriteLine(arg switch
                {
                    "--format" => "DateInspector: --format needs auto, english or edtf",
                    "--calendar" => "DateInspector: --calendar needs encyclopedic, gregorian, julian, a day such as 1752-09-14 or a region: "
                        + string.Join(", ", CalendarPolicy.Named.Keys.Order(StringComparer.Ordinal)),
                    _ => $"DateInspector: unknown option {arg}",
                });
                stderr.WriteLine(Usage);
                return 2;
            }
        }

        var inspector = new Inspector(format, policy, stdout);
        if (dates.Count > 0)
        {
            foreach (string date in dates)
            {
                inspector.Inspect(date);
            }
        }
        else
        {
            var line = new StringBuilder();
            var lines = new BoundedLineReader(stdin);
            while (lines.ReadLine(line, out long length))
            {
                if (length > MaxLineLength)
                {
                    inspector.TooLong(line.ToString(), length);
                }
                else
                {
                    inspector.Inspect(line.ToString());
                }
            }
        }
        stdout.Flush();
        return 0;
    }

    private static bool TryParseFormat(string value, out InputFormat format)
    {
        (bool ok, format) = value switch
        {
            "auto" => (true, InputFormat.Auto),
            "english" => (true, InputFormat.English),
            "edtf" => (true, InputFormat.Edtf),
            _ => (false, InputFormat.Auto),
        };
        return ok;
    }

    /// <summary>
    /// Splits input into lines (ended by \n, \r\n, \r or the end of input), reading it in blocks and keeping at
    /// most <see cref="MaxLineLength"/> + 1 characters of a line, so one endless line cannot exhaust memory. A
    /// line's full length is counted in a <see cref="long"/>: a line of 2³¹ characters or more is still reported
    /// with its true length. A byte-order mark at the start of the input is skipped.
    /// </summary>
    internal sealed class BoundedLineReader(TextReader reader)
    {
        private readonly char[] _buffer = new char[1 << 16];
        private int _position;
        private int _count;
        private bool _first = true;
        private bool _skipLineFeed;
        private bool _ended;

        /// <summary>Reads the next line into <paramref name="line"/>; <see langword="false"/> at the end of input.</summary>
        internal bool ReadLine(StringBuilder line, out long length)
        {
            line.Clear();
            length = 0;
            bool any = false;
            while (true)
            {
                if (_position == _count && !Fill())
                {
                    return any;
                }
                if (_skipLineFeed)
                {
                    _skipLineFeed = false;
                    if (_buffer[_position] == '\n')
                    {
                        _position++;
                        continue;
                    }
                }
                if (_first)
                {
                    _first = false;
                    if (_buffer[_position] == '\uFEFF')
                    {
                        _position++;
                        continue;
                    }
                }
                any = true;
                ReadOnlySpan<char> pending = _buffer.AsSpan(_position, _count - _position);
                int end = pending.IndexOfAny('\n', '\r');
                ReadOnlySpan<char> part = end < 0 ? pending : pending[..end];
                int room = MaxLineLength + 1 - line.Length;
                if (room > 0)
                {
                    line.Append(part[..Math.Min(room, part.Length)]);
                }
                length += part.Length;
                if (end < 0)
                {
                    _position = _count;
                    continue;
                }
                _skipLineFeed = pending[end] == '\r';
                _position += end + 1;
                return true;
            }
        }

        private bool Fill()
        {
            if (_ended)
            {
                return false;
            }
            _count = reader.Read(_buffer, 0, _buffer.Length);
            _position = 0;
            _ended = _count == 0;
            return !_ended;
        }
    }

    /// <summary>Parses lines and writes their JSON, reusing one buffer and one writer.</summary>
    private sealed class Inspector(InputFormat format, CalendarPolicy policy, TextWriter output)
    {
        private readonly EnglishDatePattern _english = HistoricalDatePatterns.English.WithCalendarPolicy(policy);

        private readonly ArrayBufferWriter<byte> _buffer = new(256);
        private readonly Utf8JsonWriter _json = new(Stream.Null, JsonOptions);

        internal void Inspect(string input)
        {
            ReadOnlySpan<char> span = input.AsSpan();
            int leading = span.Length - span.TrimStart().Length;
            string text = input.Trim();
            if (text.Length == 0)
            {
                // A blank line still gives its line of output, so output line N always answers input line N.
                Begin(input);
                _json.WriteString("error", "found an empty line, expected a date");
                _json.WriteNumber("column", 1);
                End();
                return;
            }
            ParseResult<HistoricalDate> result = format switch
            {
                InputFormat.English => _english.Parse(text),
                InputFormat.Edtf => HistoricalDatePatterns.Edtf.Parse(text),
                _ when policy.Equals(CalendarPolicy.Encyclopedic) => HistoricalDate.ParseResult(text),
                _ => ParseAuto(text),
            };
            Begin(input);
            if (result.TryGetValue(out HistoricalDate date))
            {
                WriteDate(date);
            }
            else
            {
                _json.WriteString("error", result.Error!.Message);
                _json.WriteNumber("column", result.Error.Column + leading);
            }
            End();
        }

        // EDTF first, then English under the chosen policy; when neither reads the text, the error HistoricalDate.ParseResult picks.
        private ParseResult<HistoricalDate> ParseAuto(string text)
        {
            ParseResult<HistoricalDate> edtf = HistoricalDatePatterns.Edtf.Parse(text);
            if (edtf.Success)
            {
                return edtf;
            }
            ParseResult<HistoricalDate> english = _english.Parse(text);
            return english.Success ? english : HistoricalDate.ParseResult(text);
        }

        internal void TooLong(string start, long length)
        {
            // Not the whole line, which is not kept: its first 40 characters, without splitting a surrogate pair.
            int shown = Math.Min(start.Length, 40);
            if (shown > 0 && char.IsHighSurrogate(start[shown - 1]))
            {
                shown--;
            }
            Begin(start[..shown] + "…");
            _json.WriteString("error", $"found a line of {length.ToString(System.Globalization.CultureInfo.InvariantCulture)} characters, expected a date of at most {MaxLineLength} characters");
            _json.WriteNumber("column", MaxLineLength + 1);
            End();
        }

        private void Begin(string input)
        {
            _buffer.Clear();
            _json.Reset(_buffer);
            _json.WriteStartObject();
            _json.WriteString("input", input);
        }

        private void WriteDate(HistoricalDate date)
        {
            _json.WriteString("edtf", date.ToEdtfString());
            // A bound in a year beyond -9998..9999 (prehistory) has no day: its year is written instead.
            bool earliestDay = date.EarliestYear is >= -9998 and <= 9999, latestDay = date.LatestYear is >= -9998 and <= 9999;
            WriteBound("earliest", date.StartEnd == IntervalEnd.Known && earliestDay, earliestDay ? date.Earliest : default);
            WriteBound("latest", date.EndEnd == IntervalEnd.Known && latestDay, latestDay ? date.Latest : default);
            if (date.StartEnd == IntervalEnd.Known && !earliestDay)
            {
                _json.WriteNumber("earliestYear", date.EarliestYear);
            }
            if (date.EndEnd == IntervalEnd.Known && !latestDay)
            {
                _json.WriteNumber("latestYear", date.LatestYear);
            }
            _json.WriteString("precision", Lower(date.Precision.ToString()));
            _json.WriteBoolean("approximate", date.IsApproximate);
            _json.WriteBoolean("uncertain", date.IsUncertain);
            _json.WriteString("calendar", date.Calendar == HistoricalCalendar.Julian ? "julian" : "gregorian");
            _json.WriteString("text", date.Text);
            _json.WriteString("kind", date.Kind switch
            {
                HistoricalDateKind.Interval => "interval",
                HistoricalDateKind.OneOf => "oneOf",
                _ => "single",
            });
            if (date.Kind == HistoricalDateKind.Interval)
            {
                _json.WriteString("start", Lower(date.StartEnd.ToString()));
                _json.WriteString("end", Lower(date.EndEnd.ToString()));
            }
            _json.WriteBoolean("dualDated", date.IsDualDated);
            _json.WriteString("readable", date.ToString());
        }

        // An open or unknown end has no bound: null rather than the edge of the supported range.
        private void WriteBound(string name, bool known, NodaTime.LocalDate bound)
        {
            if (known)
            {
                _json.WriteString(name, NodaTime.Text.LocalDatePattern.Iso.Format(bound));
            }
            else
            {
                _json.WriteNull(name);
            }
        }

        private static string Lower(string name) => string.Create(name.Length, name, static (span, s) =>
        {
            s.AsSpan().CopyTo(span);
            span[0] = char.ToLowerInvariant(span[0]);
        });

        private void End()
        {
            _json.WriteEndObject();
            _json.Flush();
            output.WriteLine(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        }
    }
}
