using System.Xml.Linq;
using HistoricalEvents.Tests.Text.Cards;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HistoricalEvents.Tests.Samples;

/// <summary>
/// Every samples/LINQPad/*.linq query compiles against the library, with the namespaces its header names, LINQPad's
/// default imports, and stub <c>Dump()</c> / <c>Util</c> shims (here, not in the library), so the queries never rot.
/// </summary>
public class LinqPadQueryTests
{
    // What LINQPad itself supplies to a query: Dump(), Util.RawHtml, Util.CurrentQueryPath.
    private const string Shims = """
        namespace LINQPad
        {
            public static class Extensions
            {
                public static T Dump<T>(this T value, string? description = null) => value;
            }

            public static class Util
            {
                public static string CurrentQueryPath => "/queries/query.linq";

                public static object RawHtml(string html) => html;
            }
        }
        """;

    // LINQPad's default namespaces for C# queries (the ones these queries rely on).
    private static readonly string[] DefaultNamespaces =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Text", "System.Threading.Tasks", "LINQPad"];

    private static string Folder => Path.Combine(CardTestData.RepositoryRoot, "samples", "LINQPad");

    public static TheoryData<string> Queries
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (string file in Directory.EnumerateFiles(Folder, "*.linq").Order(StringComparer.Ordinal))
                data.Add(Path.GetFileName(file));
            return data;
        }
    }

    [Fact]
    public void Folder_HasAtLeastFiveQueries() => Assert.True(Queries.Count >= 5, $"{Queries.Count} queries");

    [Theory]
    [MemberData(nameof(Queries))]
    public void Compile_Query_NoErrors(string file)
    {
        string text = File.ReadAllText(Path.Combine(Folder, file));
        int end = text.IndexOf("</Query>", StringComparison.Ordinal);
        Assert.True(end > 0, "no <Query> header");
        XElement header = XElement.Parse(text[..(end + "</Query>".Length)]);
        Assert.Equal("Statements", (string?)header.Attribute("Kind"));
        Assert.Equal("HistoricalEvents", header.Element("NuGetReference")?.Value);
        string code = text[(end + "</Query>".Length)..];

        string usings = string.Concat(DefaultNamespaces.Concat(header.Elements("Namespace").Select(n => n.Value)).Select(n => $"using {n};\n"));
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        SyntaxTree query = CSharpSyntaxTree.ParseText(usings + "#line 1\n" + code, options, path: file);
        SyntaxTree shims = CSharpSyntaxTree.ParseText(Shims, options, path: "LINQPadShims.cs");
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(HistoricalDate).Assembly.Location)
            .Append(typeof(NodaTime.LocalDate).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path));
        CSharpCompilation compilation = CSharpCompilation.Create("LinqPadQuery", [query, shims], references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var errors = compilation.Emit(stream).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
