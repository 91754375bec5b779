using System.Globalization;
using OpenData.Api.Features.Feeds;
using OpenData.Core.Model;

namespace OpenData.Api.Feeds;

/// <summary>The Swedish a feed reader shows: the feed's title, and each entry's title and summary.</summary>
public static class FeedText
{
    public static string FeedTitle(FeedView feed) => feed.Scope.Kind switch
    {
        FeedScopeKind.Kommun => $"Medborgarlöften i {feed.Name}: nya och ändrade löften och åtaganden",
        FeedScopeKind.Lan => $"Medborgarlöften i {feed.Name}: nya och ändrade löften och åtaganden",
        FeedScopeKind.Theme => $"Medborgarlöften med temat {feed.Name}: nya och ändrade åtaganden",
        _ => "Medborgarlöften: nya och ändrade löften och åtaganden",
    };

    public static string Title(FeedEntryView entry)
    {
        var lofte = Lofte(entry);
        return entry.Kind switch
        {
            ChangeKind.LofteAdded => $"Nytt {lofte}",
            ChangeKind.LofteSuperseded => $"Ersatt: {lofte}",
            ChangeKind.LofteWithdrawn => $"Borttaget: {lofte}",
            ChangeKind.PromiseAdded => $"Nytt åtagande i {lofte}",
            ChangeKind.PromiseChanged => $"Ändrat åtagande i {lofte}",
            ChangeKind.PromiseRemoved => $"Borttaget åtagande i {lofte}",
            ChangeKind.PromiseReclassified => $"Nya teman för ett åtagande i {lofte}",
            ChangeKind.PromiseStatusChanged => $"Uppföljning av ett åtagande i {lofte}",
            _ => throw new ArgumentOutOfRangeException(nameof(entry), entry.Kind, null),
        };
    }

    public static string Summary(FeedEntryView entry) => entry.Kind switch
    {
        ChangeKind.LofteAdded => $"Polisen och {Kommuner(entry)} har publicerat ett medborgarlöfte{Period(entry, " för ")}.",
        ChangeKind.LofteSuperseded => entry.After is { } next
            ? $"Löftet har ersatts av ett nytt medborgarlöfte ({next})."
            : "Löftet har ersatts av ett nytt medborgarlöfte.",
        ChangeKind.LofteWithdrawn => "Löftet finns inte längre på de sidor det publicerades på.",
        ChangeKind.PromiseAdded => entry.After ?? entry.PromiseText ?? "",
        ChangeKind.PromiseChanged => $"Nu: {entry.After ?? entry.PromiseText}\nFörut: {entry.Before}",
        ChangeKind.PromiseRemoved => $"Åtagandet finns inte längre i löftet: {entry.Before ?? entry.PromiseText}",
        ChangeKind.PromiseReclassified => $"Teman nu: {Codes(entry.After)}; förut: {Codes(entry.Before)}. Åtagandet: {entry.PromiseText}",
        ChangeKind.PromiseStatusChanged => entry.Before is { Length: > 0 } before
            ? $"Åtagandet är nu {Status(entry.After)} (förut {Status(before)}): {entry.PromiseText}"
            : $"Åtagandet är {Status(entry.After)}: {entry.PromiseText}",
        _ => throw new ArgumentOutOfRangeException(nameof(entry), entry.Kind, null),
    };

    /// <summary>"medborgarlöftet för Uppsala 2025", "medborgarlöftet för Håbo och Knivsta 2023–2024".</summary>
    private static string Lofte(FeedEntryView entry) =>
        $"medborgarlöfte för {Kommuner(entry)}{(entry.Area is { } area ? $" ({area})" : "")}{Period(entry, " ")}";

    private static string Kommuner(FeedEntryView entry)
    {
        var names = entry.Kommuner.Select(k => k.Name).ToList();
        return names.Count switch
        {
            0 => entry.LofteKey,
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " och " + names[^1],
        };
    }

    private static string Period(FeedEntryView entry, string before) => (entry.FirstYear, entry.LastYear) switch
    {
        ({ } first, { } last) when first != last => before + string.Create(CultureInfo.InvariantCulture, $"{first}–{last}"),
        ({ } first, _) => before + first.ToString(CultureInfo.InvariantCulture),
        (null, { } last) => before + last.ToString(CultureInfo.InvariantCulture),
        _ => "",
    };

    private static string Codes(string? codes) => string.IsNullOrWhiteSpace(codes) ? "inga" : codes.Replace(",", ", ", StringComparison.Ordinal);

    private static string Status(string? word)
    {
        try
        {
            return word is null ? "utan status" : FollowUpStatusWords.Parse(word).Swedish();
        }
        catch (FormatException)
        {
            return word!;
        }
    }
}
