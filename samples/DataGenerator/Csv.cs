using System.Text;

namespace HistoricalEvents.Samples.DataGenerator;

/// <summary>A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
internal static class Csv
{
    /// <summary>Reads a file's rows as dictionaries keyed by the header's column names.</summary>
    public static List<Dictionary<string, string>> ReadFile(string path)
    {
        List<List<string>> rows = Parse(File.ReadAllText(path, Encoding.UTF8));
        if (rows.Count == 0)
            return [];
        List<string> header = rows[0];
        var result = new List<Dictionary<string, string>>(rows.Count - 1);
        foreach (List<string> row in rows.Skip(1))
        {
            if (row.Count == 1 && row[0].Length == 0)
                continue;
            var record = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Count; i++)
                record[header[i].Trim('\uFEFF', ' ')] = i < row.Count ? row[i] : "";
            result.Add(record);
        }
        return result;
    }

    private static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                    quoted = false;
                else
                    field.Append(c);
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
                field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }
        return rows;
    }
}
