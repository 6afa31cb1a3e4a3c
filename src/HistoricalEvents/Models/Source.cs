using HistoricalEvents.Internal;

namespace HistoricalEvents;

/// <summary>
/// Where a card's facts come from: a host (<c>en.wikipedia.org</c>) or a URL, as written, with what the host tells
/// (Wikipedia, in English). Immutable; equality compares the text as written, ignoring case.
/// </summary>
public sealed class Source : IEquatable<Source>
{
    // Language subdomains of the Wikimedia projects most often cited; others give their code with no name.
    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English", ["simple"] = "Simple English", ["de"] = "German", ["fr"] = "French", ["es"] = "Spanish",
        ["it"] = "Italian", ["pt"] = "Portuguese", ["nl"] = "Dutch", ["pl"] = "Polish", ["ru"] = "Russian",
        ["uk"] = "Ukrainian", ["sv"] = "Swedish", ["no"] = "Norwegian", ["da"] = "Danish", ["fi"] = "Finnish",
        ["cs"] = "Czech", ["hu"] = "Hungarian", ["ro"] = "Romanian", ["el"] = "Greek", ["tr"] = "Turkish",
        ["az"] = "Azerbaijani", ["hy"] = "Armenian", ["ka"] = "Georgian", ["ar"] = "Arabic", ["fa"] = "Persian",
        ["he"] = "Hebrew", ["hi"] = "Hindi", ["zh"] = "Chinese", ["ja"] = "Japanese", ["ko"] = "Korean",
        ["vi"] = "Vietnamese", ["id"] = "Indonesian", ["la"] = "Latin", ["ca"] = "Catalan", ["eu"] = "Basque",
    };

    private static readonly (string Domain, string Publisher, string? Language)[] KnownSites =
    [
        ("wikipedia.org", "Wikipedia", null),
        ("wikisource.org", "Wikisource", null),
        ("wikidata.org", "Wikidata", null),
        ("britannica.com", "Encyclopædia Britannica", "English"),
        ("history.com", "History.com", "English"),
    ];

    private Source(string text, string host, Uri? url, string? publisher, string? languageCode, string? language)
    {
        Text = text;
        Host = host;
        Url = url;
        Publisher = publisher;
        LanguageCode = languageCode;
        Language = language;
    }

    /// <summary>The source as written: <c>en.wikipedia.org</c> or <c>https://en.wikipedia.org/wiki/Baku</c>.</summary>
    public string Text { get; }

    /// <summary>The host name, lower case: <c>en.wikipedia.org</c>.</summary>
    public string Host { get; }

    /// <summary>The absolute URL, when the source was written as one.</summary>
    public Uri? Url { get; }

    /// <summary>The publisher the host is known as (<c>Wikipedia</c>), or <see langword="null"/> for an unknown host.</summary>
    public string? Publisher { get; }

    /// <summary>The language code of a language subdomain (<c>en</c>), when the host has one.</summary>
    public string? LanguageCode { get; }

    /// <summary>The language's English name (<c>English</c>), when known.</summary>
    public string? Language { get; }

    /// <summary>Reads a source from a host or an absolute http(s) URL; anything else is kept as written with itself as host.</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or white space.</exception>
    public static Source Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(text), Messages.SourceNeedsText, nameof(text));
        string trimmed = text.Trim();
        Uri? url = null;
        string host = trimmed;
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out Uri? parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps))
        {
            url = parsed;
            host = parsed.Host;
        }
        host = host.ToLowerInvariant();
        string bare = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        foreach ((string domain, string publisher, string? language) in KnownSites)
        {
            if (bare == domain || bare.EndsWith("." + domain, StringComparison.Ordinal))
            {
                string? code = bare.Length > domain.Length ? bare[..(bare.Length - domain.Length - 1)] : null;
                if (code is not null && code.StartsWith("m.", StringComparison.Ordinal))
                {
                    code = code[2..];
                }
                code = code is "m" or "commons" or "meta" or "species" ? null : code?.Split('.')[0];
                string? name = language ?? (code is not null && LanguageNames.TryGetValue(code, out string? n) ? n : null);
                return new Source(text, host, url, publisher, language is null ? code : "en", name);
            }
        }
        return new Source(text, host, url, null, null, null);
    }

    /// <summary>A description: <c>Wikipedia (English)</c>, or the host for an unknown site.</summary>
    public string Description => Publisher is null ? Host : Language is null ? Publisher : $"{Publisher} ({Language})";

    /// <inheritdoc />
    public bool Equals(Source? other) => other is not null && string.Equals(Text, other.Text, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Source);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Text);

    /// <summary>The source as written.</summary>
    public override string ToString() => Text;
}
