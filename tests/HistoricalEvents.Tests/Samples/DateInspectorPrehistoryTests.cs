using System.Text.Json;
using HistoricalEvents.Samples.DateInspector;

namespace HistoricalEvents.Tests.Samples;

/// <summary>DateInspector on dates of prehistory, whose bounds are years without days.</summary>
public class DateInspectorPrehistoryTests
{
    [Theory]
    [InlineData("c. 10,000 BC", "-9999~", -9999L, -9999L)]
    [InlineData("Y-170000002", "Y-170000002", -170_000_002L, -170_000_002L)]
    [InlineData("Y171010000S3", "Y171000000/Y171999999", 171_000_000L, 171_999_999L)]
    public void Run_PrehistoricDate_WritesYearBoundsInsteadOfDays(string input, string edtf, long earliestYear, long latestYear)
    {
        using var stdin = new StringReader(input + "\n");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(0, DateInspectorApp.Run([], stdin, stdout, stderr));
        JsonElement o = JsonDocument.Parse(stdout.ToString().Trim()).RootElement;
        Assert.Equal(edtf, o.GetProperty("edtf").GetString());
        Assert.Equal(JsonValueKind.Null, o.GetProperty("earliest").ValueKind);
        Assert.Equal((earliestYear, latestYear), (o.GetProperty("earliestYear").GetInt64(), o.GetProperty("latestYear").GetInt64()));
    }
}
