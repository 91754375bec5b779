namespace OpenData.Harvester.Normalisation;

/// <summary>
/// Decides which kommuner a document is about. The title outranks a stray mention in the body; a län named in the
/// title means all its kommuner; a lokalpolisområde means the kommuner the text ties to it, or else all of its own.
/// </summary>
public sealed class KommunResolver(PlaceNameIndex places)
{
    /// <param name="title">The document's own heading.</param>
    /// <param name="body">The rest of its text.</param>
    /// <param name="lokalpolisomraden">The lokalpolisområden the text names.</param>
    public IReadOnlyList<string> Resolve(string title, string body, IReadOnlyList<string> lokalpolisomraden)
    {
        var inTitle = places.FindMentions(title).Where(m => m.Kind != PlaceKind.Lokalpolisomrade).ToList();
        var inBody = places.FindMentions(body).ToList();
        var bodyKommuner = inBody.Where(m => m.Kind == PlaceKind.Kommun).SelectMany(m => m.Kommuner).ToHashSet();

        if (inTitle.Count > 0)
        {
            return Sorted(inTitle.SelectMany(m => m.Kommuner));
        }

        // A lokalpolisområde in the title or as the party: the kommuner of it that the text names, else all of them.
        var areaKommuner = lokalpolisomraden.SelectMany(places.KommunerOfLokalpolisomrade).ToHashSet();
        var lanInBody = inBody.Where(m => m.Kind == PlaceKind.Lan).ToList();
        if (areaKommuner.Count > 0)
        {
            var tied = areaKommuner.Where(bodyKommuner.Contains).ToList();
            if (tied.Count > 0)
            {
                return Sorted(tied);
            }
            if (bodyKommuner.Count == 0)
            {
                return Sorted(areaKommuner);
            }
        }
        if (bodyKommuner.Count > 0)
        {
            // The kommuner named most; a kommun named once beside one named often is a stray mention.
            var counts = inBody.Where(m => m.Kind == PlaceKind.Kommun).SelectMany(m => m.Kommuner)
                .GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
            var top = counts.Values.Max();
            return Sorted(counts.Where(c => c.Value * 3 >= top).Select(c => c.Key));
        }
        return Sorted(lanInBody.SelectMany(m => m.Kommuner));
    }

    private static IReadOnlyList<string> Sorted(IEnumerable<string> codes) =>
        codes.Distinct().Order(StringComparer.Ordinal).ToList();
}
