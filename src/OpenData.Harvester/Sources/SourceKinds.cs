using OpenData.Core.Model;

namespace OpenData.Harvester.Sources;

/// <summary>The registry's names for the kinds of source, and the schema's kind each stands for.</summary>
public static class SourceKinds
{
    public const string PolisenLoftePage = "polisen-lofte-page";
    public const string PolisenNews = "polisen-news";
    public const string KommunPage = "kommun-page";
    public const string KommunNews = "kommun-news";
    public const string KommunDocument = "kommun-document";

    public static IReadOnlyList<string> All { get; } = [PolisenLoftePage, PolisenNews, KommunPage, KommunNews, KommunDocument];

    public static SourceKind? Parse(string name) => name switch
    {
        PolisenLoftePage => SourceKind.PolisenLoftePage,
        PolisenNews => SourceKind.PolisenNews,
        KommunPage or KommunNews => SourceKind.KommunPage,
        KommunDocument => SourceKind.PublishedDocument,
        _ => null,
    };
}
