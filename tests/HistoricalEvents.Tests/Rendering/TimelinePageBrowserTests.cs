using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using HistoricalEvents.Samples.TimelinePage;
using HistoricalEvents.Tests.Text.Cards;

namespace HistoricalEvents.Tests.Rendering;

/// <summary>
/// The page TimelinePage makes from the bundled data, opened in headless Chromium: every event's mark lies inside
/// the drawing, no two labels' boxes (as the browser lays them out) overlap, and a screenshot is written to
/// tests/HistoricalEvents.Tests/TestResults/browser/timeline.png. .ci/run installs Debian's chromium before the
/// tests; on a machine without it (and CI unset) the same checks run on the renderer's own estimate of the boxes,
/// so the README's test command passes on a fresh machine. With CI=true a missing chromium fails the test.
/// </summary>
public class TimelinePageBrowserTests
{
    private const string Probe = """
<script>
(function () {
  const svg = document.querySelector('svg.timeline');
  const o = svg.getBoundingClientRect();
  const box = e => { const r = e.getBoundingClientRect(); return [r.left - o.left, r.top - o.top, r.right - o.left, r.bottom - o.top]; };
  const out = { width: o.width, height: o.height, marks: [], labels: [] };
  svg.querySelectorAll('g.event').forEach(g => { out.marks.push(box(g.querySelector('.mark'))); out.labels.push(box(g.querySelector('.label'))); });
  const pre = document.createElement('pre'); pre.id = 'probe'; pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
})();
</script>
""";

    internal static string? FindChromium()
    {
        string? configured = Environment.GetEnvironmentVariable("CHROMIUM");
        foreach (string? candidate in new[] { configured, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" })
        {
            if (!string.IsNullOrEmpty(candidate) && File.Exists(candidate))
                return candidate;
        }
        return null;
    }

    private static string[] ChromiumArgs(string profile) =>
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile];

    private static string RunChromium(string chromium, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in args)
            start.ArgumentList.Add(a);
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("chromium did not finish within 120 s");
        }
        Assert.True(process.ExitCode == 0, $"chromium exit {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }

    [Fact]
    public void TimelinePage_BundledData_MarksInsideAndLabelsApartInARealBrowser()
    {
        string folder = Path.Combine(CardTestData.RepositoryRoot, "tests", "HistoricalEvents.Tests", "TestResults", "browser");
        Directory.CreateDirectory(folder);
        string page = Path.Combine(folder, "timeline.html");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        string[] files = [.. Directory.EnumerateFiles(Path.Combine(CardTestData.RepositoryRoot, "samples", "data"), "*.txt").Order(StringComparer.Ordinal)];
        Assert.Equal(0, TimelinePageApp.Run(["--out", page, .. files], stdout, stderr));
        string html = File.ReadAllText(page);
        int events = html.Split("class=\"event\"").Length - 1;
        Assert.True(events >= 40, $"{events} events drawn");

        string? chromium = FindChromium();
        List<double[]> marks, labels;
        double width, height;
        if (chromium is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI=true but chromium is not installed (.ci/run installs it)");
            (width, height, marks, labels) = Estimated(html);
        }
        else
        {
            string probe = Path.Combine(folder, "timeline-probe.html");
            File.WriteAllText(probe, html.Replace("</body>", Probe + "</body>", StringComparison.Ordinal));
            string profile = Directory.CreateTempSubdirectory("chromium-").FullName;
            try
            {
                string dom = RunChromium(chromium, [.. ChromiumArgs(profile), "--dump-dom", new Uri(probe).AbsoluteUri]);
                int at = dom.IndexOf("<pre id=\"probe\">", StringComparison.Ordinal);
                Assert.True(at >= 0, "the probe did not run");
                string json = System.Net.WebUtility.HtmlDecode(dom[(at + 16)..dom.IndexOf("</pre>", at, StringComparison.Ordinal)]);
                using JsonDocument doc = JsonDocument.Parse(json);
                width = doc.RootElement.GetProperty("width").GetDouble();
                height = doc.RootElement.GetProperty("height").GetDouble();
                marks = [.. doc.RootElement.GetProperty("marks").EnumerateArray().Select(b => b.EnumerateArray().Select(v => v.GetDouble()).ToArray())];
                labels = [.. doc.RootElement.GetProperty("labels").EnumerateArray().Select(b => b.EnumerateArray().Select(v => v.GetDouble()).ToArray())];

                string png = Path.Combine(folder, "timeline.png");
                File.Delete(png);
                int windowHeight = (int)Math.Min(Math.Ceiling(height) + 140, 3000);
                RunChromium(chromium, [.. ChromiumArgs(profile), $"--window-size=1280,{windowHeight}", "--screenshot=" + png, new Uri(page).AbsoluteUri]);
                Assert.True(new FileInfo(png).Length > 10_000, "the screenshot is missing or empty");
            }
            finally
            {
                try { Directory.Delete(profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }

        Assert.Equal(events, marks.Count);
        Assert.Equal(events, labels.Count);
        foreach (double[] b in marks.Concat(labels))
            Assert.True(b[0] >= -0.5 && b[1] >= -0.5 && b[2] <= width + 0.5 && b[3] <= height + 0.5,
                $"box {string.Join(", ", b.Select(v => v.ToString("0.#", CultureInfo.InvariantCulture)))} outside the drawing {width} x {height}");
        for (int i = 0; i < labels.Count; i++)
        {
            for (int j = i + 1; j < labels.Count; j++)
            {
                double[] a = labels[i], c = labels[j];
                bool overlap = a[0] < c[2] && c[0] < a[2] && a[1] < c[3] && c[1] < a[3];
                Assert.False(overlap, $"labels {i} and {j} overlap: [{string.Join(", ", a)}] and [{string.Join(", ", c)}]");
            }
        }
    }

    // Without a browser: the label boxes as the renderer estimated them (x, width estimate, the line's ascent and descent).
    private static (double Width, double Height, List<double[]> Marks, List<double[]> Labels) Estimated(string html)
    {
        var svg = System.Xml.Linq.XElement.Parse(html[html.IndexOf("<svg", StringComparison.Ordinal)..(html.IndexOf("</svg>", StringComparison.Ordinal) + 6)]);
        static double A(System.Xml.Linq.XElement e, string name) => double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);
        var marks = new List<double[]>();
        var labels = new List<double[]>();
        foreach (var g in svg.Descendants().Where(e => (string?)e.Attribute("class") == "event"))
        {
            var mark = g.Descendants().First(e => (string?)e.Attribute("class") == "mark");
            marks.Add(mark.Name.LocalName == "circle"
                ? [A(mark, "cx") - 4.5, A(mark, "cy") - 4.5, A(mark, "cx") + 4.5, A(mark, "cy") + 4.5]
                : [A(mark, "x"), A(mark, "y"), A(mark, "x") + A(mark, "width"), A(mark, "y") + A(mark, "height")]);
            var label = g.Descendants().First(e => (string?)e.Attribute("class") == "label");
            double w = HistoricalEvents.Rendering.TimelineSvg.TextWidth(label.Value), x = A(label, "x"), y = A(label, "y");
            double left = label.Attribute("text-anchor") is null ? x : x - w;
            labels.Add([left, y - 12, left + w, y + 3]);
        }
        return (A(svg, "width"), A(svg, "height"), marks, labels);
    }
}
