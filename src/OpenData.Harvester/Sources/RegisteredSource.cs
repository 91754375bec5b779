using System.Text.Json.Serialization;
using System.Xml;
using OpenData.Core.Model;

namespace OpenData.Harvester.Sources;

/// <summary>One address of the registry (data/sources.json): what to read, what it is about, how often.</summary>
public sealed record RegisteredSource
{
    /// <summary>Stable and unique: "polisen/vastmanlands-lan/vasteras", "kommun/svalov/medborgarloften".</summary>
    [JsonPropertyName("key")]
    public required string Key { get; init; }

    [JsonPropertyName("url")]
    public required string Url { get; init; }

    /// <summary>One of <see cref="SourceKinds"/>: "polisen-lofte-page", "polisen-news", "kommun-page", "kommun-document".</summary>
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    /// <summary>SCB kommunkoder of the kommuner the address is about.</summary>
    [JsonPropertyName("kommuner")]
    public required IReadOnlyList<string> Kommuner { get; init; }

    [JsonPropertyName("publisher")]
    public required string Publisher { get; init; }

    /// <summary>An ISO 8601 duration: "P7D" checks weekly.</summary>
    [JsonPropertyName("checkEvery")]
    public required string CheckEvery { get; init; }

    /// <summary>
    /// True only once a person has seen the address answer with the löfte. Addresses made by a rule or guessed from
    /// a site's structure stay false until then.
    /// </summary>
    [JsonPropertyName("verified")]
    public bool Verified { get; init; }

    /// <summary>Why the address is here: one of <see cref="SourceBasis"/> ("seen-published", "guess", "discovered").</summary>
    [JsonPropertyName("basis")]
    public string? Basis { get; init; }

    /// <summary>
    /// How it was found (<see cref="Sources.FoundBy"/>): "census", "slug-rule", "guessed-path", "polisen-pattern",
    /// "sitemap", "linked-page", "redirect".
    /// </summary>
    [JsonPropertyName("foundBy")]
    public string? FoundBy { get; init; }

    /// <summary>For a seen address, the löfte periods it showed ("2021-2022"), as the census gives them.</summary>
    [JsonPropertyName("seenYears")]
    public IReadOnlyList<string>? SeenYears { get; init; }

    /// <summary>Whether the copy seen listed the promises themselves (not only a mention of the löfte).</summary>
    [JsonPropertyName("listsPromises")]
    public bool? ListsPromises { get; init; }

    /// <summary>The part of a kommun the page is for ("kungsholmen" of Stockholm), where it is for a part only.</summary>
    [JsonPropertyName("area")]
    public string? Area { get; init; }

    [JsonPropertyName("note")]
    public string? Note { get; init; }

    [JsonIgnore]
    public Uri? Address => Uri.TryCreate(Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;

    [JsonIgnore]
    public SourceKind? SourceKind => SourceKinds.Parse(Kind);

    /// <summary>The check interval, or null when <see cref="CheckEvery"/> is not an ISO 8601 duration.</summary>
    [JsonIgnore]
    public TimeSpan? CheckInterval
    {
        get
        {
            try
            {
                return XmlConvert.ToTimeSpan(CheckEvery);
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
