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
        Usage: DateInspector [--format auto|english|edtf] [--] [DATE ...]

        Reads one date per line from standard input (or each DATE argument) and writes one JSON
        object per line: {"input":…,"edtf":…,"earliest":…,"latest":…,"precision":…, …}, or
        {"input":…,"error":…,"column":N} for text that is not a date. Every input line gives
        exactly one output line, in order; the exit code is 0 even when some lines fail.

          --format auto     EDTF, then English as encyclopedias write it (the default)
          --format english  English only ("April 28, 1920", "44 BC")
          --format edtf     EDTF (ISO 8601-2) only ("1920-04-28", "-0043", "1984?/2004-06~")
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
            else
            {
                stderr.WriteLine(arg == "--format" ? "DateInspector: --format needs auto, english or edtf" : $"DateInspector: unknown option {arg}");
                stderr.WriteLine(Usage);
                return 2;
            }
        }

        var inspector = new Inspector(format, stdout);
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
            bool first = true;
            while (ReadLine(stdin, line, first, out int length))
            {
                first = false;
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
    /// Reads one line (ended by \n, \r\n, \r or the end of input) keeping at most <see cref="MaxLineLength"/> + 1
    /// characters of it, so one endless line cannot exhaust memory; <paramref name="length"/> is its full length.
    /// </summary>
    private static bool ReadLine(TextReader reader, StringBuilder line, bool first, out int length)
    {
        line.Clear();
        length = 0;
        int c = reader.Read();
        if (c < 0)
        {
            return false;
        }
        if (first && c == '\uFEFF')
        {
            c = reader.Read();
            if (c < 0)
            {
                return false;
            }
        }
        while (c >= 0 && c != '\n')
        {
            if (c == '\r')
            {
                if (reader.Peek() == '\n')
                {
                    reader.Read();
                }
                break;
            }
            if (length <= MaxLineLength)
            {
                line.Append((char)c);
            }
            length++;
            c = reader.Read();
        }
        return true;
    }

    /// <summary>Parses lines and writes their JSON, reusing one buffer and one writer.</summary>
    private sealed class Inspector(InputFormat format, TextWriter output)
    {
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
                InputFormat.English => HistoricalDatePatterns.English.Parse(text),
                InputFormat.Edtf => HistoricalDatePatterns.Edtf.Parse(text),
                _ => HistoricalDate.ParseResult(text),
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

        internal void TooLong(string start, int length)
        {
            // Not the whole line, which is not kept: its first 40 characters, without splitting a surrogate pair.
            int shown = Math.Min(start.Length, 40);
            if (shown > 0 && char.IsHighSurrogate(start[shown - 1]))
            {
                shown--;
            }
            Begin(start[..shown] + "…");
            _json.WriteString("error", $"found a line of {length} characters, expected a date of at most {MaxLineLength} characters");
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
