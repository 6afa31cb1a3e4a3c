#:project ../../../src/HistoricalEvents/HistoricalEvents.csproj
// What a new user writes first (issue #10): a .NET 10 file-based app, where reflection-based JSON is off and the
// trim and AOT analyzers are on. CI runs it (dotnet run FileBasedApp/explore.cs -- SEED) and fails on any warning.
using System.Text.Json;
using HistoricalEvents;
using HistoricalEvents.Serialization;

EventCard card = EventCard.Parse(File.ReadAllText(args[0]));
string json = JsonSerializer.Serialize(card, HistoricalEventsJsonContext.Default.EventCard);
Console.WriteLine(json);
EventCard back = JsonSerializer.Deserialize(json, HistoricalEventsJson.Context.EventCard)!;
Console.WriteLine(back.Equals(card) ? "read back: equal" : "read back: DIFFERENT");
return back.Equals(card) ? 0 : 1;
