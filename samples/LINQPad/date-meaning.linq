<Query Kind="Statements">
  <NuGetReference>HistoricalEvents</NuGetReference>
  <Namespace>HistoricalEvents</Namespace>
  <Namespace>HistoricalEvents.Rendering</Namespace>
  <Namespace>HistoricalEvents.Text</Namespace>
  <Namespace>HistoricalEvents.Timelines</Namespace>
  <Namespace>NodaTime</Namespace>
</Query>

// A date's meaning: what was written, its precision, its bounds on the proleptic Gregorian axis, and its EDTF.
string[] written =
[
    "March 15, 44 BC", "44 BC", "c. 1200 BC", "1st century BC", "404 or 403 BC", "1914–1918",
    "early 1990s", "April 28, 1920", "Spring 1453", "before 1066", "1991?",
];
written.Select(text => HistoricalDate.ParseResult(text))
       .Select(r => r.Success
           ? (object)new
           {
               Written = r.Value.Text,
               r.Value.Kind,
               r.Value.Precision,
               r.Value.Calendar,
               Earliest = r.Value.Earliest.ToString("uuuu-MM-dd", null),
               Latest = r.Value.Latest.ToString("uuuu-MM-dd", null),
               Edtf = r.Value.ToEdtfString(),
               English = r.Value.ToString(),
               r.Value.IsApproximate,
               r.Value.IsUncertain,
           }
           : r.Error!)
       .Dump("Dates as written");

// Relations between fuzzy dates answer with a certainty.
HistoricalDate year = HistoricalDate.Parse("1991"), august = HistoricalDate.Parse("August 1991");
new { YearDuringAugust = year.IsDuring(august), AugustDuringYear = august.IsDuring(year), BeforeActium = year.IsBefore(HistoricalDate.Parse("31 BC")) }
    .Dump("Relations");
