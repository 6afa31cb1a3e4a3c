using Parquet;
using Parquet.Schema;

namespace HistoricalEvents.Interchange.Internal;

/// <summary>The schema of an events file: one row per event (see docs/scale.md for the table).</summary>
internal static class ParquetColumns
{
    internal static readonly DataField Title = new DataField<string>("title", nullable: true);
    internal static readonly DataField Summary = new DataField<string>("summary", nullable: false);
    internal static readonly DataField Date = new DataField<string>("date", nullable: true);
    internal static readonly DataField Edtf = new DataField<string>("edtf", nullable: false);
    internal static readonly DataField DateEnglish = new DataField<string>("date_english", nullable: true);
    internal static readonly DataField Kind = new DataField<string>("kind", nullable: false);
    internal static readonly DataField Precision = new DataField<string>("precision", nullable: false);
    internal static readonly DataField Calendar = new DataField<string>("calendar", nullable: false);
    internal static readonly DataField Approximate = new DataField<bool>("approximate", nullable: false);
    internal static readonly DataField Uncertain = new DataField<bool>("uncertain", nullable: false);
    internal static readonly DataField Earliest = new DateTimeDataField("earliest", DateTimeFormat.Date, isNullable: true);
    internal static readonly DataField Latest = new DateTimeDataField("latest", DateTimeFormat.Date, isNullable: true);
    internal static readonly DataField EarliestDay = new DataField<long>("earliest_day", nullable: false);
    internal static readonly DataField LatestDay = new DataField<long>("latest_day", nullable: false);
    internal static readonly DataField EarliestYear = new DataField<long>("earliest_year", nullable: false);
    internal static readonly DataField LatestYear = new DataField<long>("latest_year", nullable: false);
    internal static readonly DataField FirstEarliestDay = new DataField<long>("first_earliest_day", nullable: true);
    internal static readonly DataField FirstLatestDay = new DataField<long>("first_latest_day", nullable: true);
    internal static readonly DataField SecondEarliestDay = new DataField<long>("second_earliest_day", nullable: true);
    internal static readonly DataField SecondLatestDay = new DataField<long>("second_latest_day", nullable: true);
    internal static readonly DataField Month = new DataField<int>("month", nullable: true);
    internal static readonly DataField Day = new DataField<int>("day", nullable: true);
    internal static readonly ListField PlacesList = new("places", new DataField<string>("element", nullable: false));
    internal static readonly ListField NarrativeList = new("narrative", new DataField<string>("element", nullable: false));
    internal static readonly ListField SourcesList = new("sources", new DataField<string>("element", nullable: false));
    internal static readonly DataField Latitude = new DataField<double>("latitude", nullable: true);
    internal static readonly DataField Longitude = new DataField<double>("longitude", nullable: true);
    internal static readonly DataField Card = new DataField<string>("card", nullable: true);
    internal static readonly DataField FileName = new DataField<string>("file", nullable: true);
    internal static readonly DataField Line = new DataField<long>("line", nullable: true);
    internal static readonly DataField Column = new DataField<int>("column", nullable: true);
    internal static readonly DataField Role = new DataField<string>("role", nullable: true);
    internal static readonly DataField CardFile = new DataField<string>("card_file", nullable: true);
    internal static readonly DataField CardLine = new DataField<long>("card_line", nullable: true);
    internal static readonly DataField CardColumn = new DataField<int>("card_column", nullable: true);

    internal static readonly ParquetSchema Schema = new(
        Title, Summary, Date, Edtf, DateEnglish, Kind, Precision, Calendar, Approximate, Uncertain,
        Earliest, Latest, EarliestDay, LatestDay, EarliestYear, LatestYear, FirstEarliestDay, FirstLatestDay, SecondEarliestDay, SecondLatestDay, Month, Day,
        PlacesList, NarrativeList, SourcesList, Latitude, Longitude, Card, FileName, Line, Column, Role, CardFile, CardLine, CardColumn);

    /// <summary>
    /// The integer columns (days, years, month and day, positions), written DELTA_BINARY_PACKED rather than PLAIN when
    /// <see cref="HistoricalEventsParquetOptions.DeltaEncodeIntegers"/> asks for it: neighbouring values are close,
    /// so the pages are a fraction of PLAIN's 8 bytes a value. An encoding, not a type: the columns keep their
    /// physical and logical types (docs/scale.md).
    /// </summary>
    internal static readonly DataField[] DeltaEncoded =
    [
        EarliestDay, LatestDay, EarliestYear, LatestYear, FirstEarliestDay, FirstLatestDay, SecondEarliestDay, SecondLatestDay,
        Month, Day, Line, Column, CardLine, CardColumn,
    ];

    /// <summary>Parquet.Net's options for a writer: Snappy (its default), PLAIN or <see cref="DeltaEncoded"/> integers; a new instance each time, as Parquet.Net's options are mutable.</summary>
    internal static ParquetOptions WriterOptions(bool deltaEncodeIntegers)
    {
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        foreach (DataField field in deltaEncodeIntegers ? DeltaEncoded : [])
        {
            options.ColumnEncodingHints[field.Path.ToString()] = EncodingHint.DeltaBinaryPacked;
        }
        return options;
    }

    internal static DataField PlaceItems => (DataField)PlacesList.Item;

    internal static DataField NarrativeItems => (DataField)NarrativeList.Item;

    internal static DataField SourceItems => (DataField)SourcesList.Item;

    /// <summary>The columns reading needs; the others are derived from these and only help queries.</summary>
    internal static readonly DataField[] Required =
    [
        Title, Summary, Date, Edtf, DateEnglish, EarliestDay, LatestDay, PlaceItems, NarrativeItems, SourceItems,
        Card, FileName, Line, Column, Role, CardFile, CardLine, CardColumn,
    ];

    internal const string Headline = "headline";

    internal const string Moment = "moment";

    /// <summary>Days since 1970-01-01 (the numbering of Parquet's DATE) of a proleptic Gregorian date, for any year.</summary>
    internal static long DaysFromCivil(long year, int month, int day)
    {
        year -= month <= 2 ? 1 : 0;
        long era = (year >= 0 ? year : year - 399) / 400;
        long yearOfEra = year - era * 400;
        long dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097 + dayOfEra - 719468;
    }

    /// <summary>
    /// The first day a date can mean as days since 1970-01-01: its earliest day, or for a bound beyond -9998..9999
    /// (prehistory, an open start) 1 January of <see cref="HistoricalDate.EarliestYear"/>, which keeps the library's order.
    /// </summary>
    internal static long EarliestDayOf(HistoricalDate date)
    {
        long year = date.EarliestYear;
        if (year is >= -9998 and <= 9999)
        {
            NodaTime.LocalDate day = date.Earliest;
            return DaysFromCivil(day.Year, day.Month, day.Day);
        }
        return DaysFromCivil(year, 1, 1);
    }

    /// <summary>The last day a date can mean as days since 1970-01-01; 31 December of <see cref="HistoricalDate.LatestYear"/> beyond -9998..9999.</summary>
    internal static long LatestDayOf(HistoricalDate date)
    {
        long year = date.LatestYear;
        if (year is >= -9998 and <= 9999)
        {
            NodaTime.LocalDate day = date.Latest;
            return DaysFromCivil(day.Year, day.Month, day.Day);
        }
        return DaysFromCivil(year, 12, 31);
    }

    /// <summary>The bound as a DATE value when .NET's <see cref="DateTime"/> (years 1 to 9999) holds it; otherwise null.</summary>
    internal static DateTime? AsDateTime(long year, bool earliest, HistoricalDate date)
    {
        if (year is < 1 or > 9999)
        {
            return null;
        }
        NodaTime.LocalDate day = earliest ? date.Earliest : date.Latest;
        return new DateTime(day.Year, day.Month, day.Day, 0, 0, 0, DateTimeKind.Unspecified);
    }

    internal static string Name(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        DatePrecision.Season => "season",
        DatePrecision.Year => "year",
        DatePrecision.Decade => "decade",
        DatePrecision.Century => "century",
        _ => "millennium",
    };

    internal static string Name(HistoricalDateKind kind) => kind switch
    {
        HistoricalDateKind.Single => "single",
        HistoricalDateKind.Interval => "interval",
        _ => "one_of",
    };
}
