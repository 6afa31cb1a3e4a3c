using System.ComponentModel;

namespace HistoricalEvents;

public readonly partial struct HistoricalDate
{
    /// <summary>
    /// A compact row for LINQPad's <c>Dump()</c>, which calls a method of this name by convention (no LINQPad
    /// reference needed): the date as written, its EDTF, precision and bounds, instead of every property.
    /// </summary>
    /// <returns>An anonymous object with <c>Written</c>, <c>Edtf</c>, <c>Precision</c>, <c>Earliest</c> and <c>Latest</c>.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public object ToDump() => new
    {
        Written = Text ?? ToString(),
        Edtf = ToEdtfString(),
        Precision,
        Earliest = Earliest.ToString("uuuu-MM-dd", null),
        Latest = Latest.ToString("uuuu-MM-dd", null),
    };
}
