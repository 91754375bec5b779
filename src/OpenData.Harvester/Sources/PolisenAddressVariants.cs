using OpenData.Core.Text;

namespace OpenData.Harvester.Sources;

/// <summary>
/// Where else a kommun's löfte page on polisen.se may be: the three address patterns in use at once, each with the
/// slug forms seen (the plain slug, "odeshogs-kommun", "falu" from "Falu kommun", "habo2"). Most likely first:
/// the two current patterns before the old one, the plain slug before its variants.
/// </summary>
public static class PolisenAddressVariants
{
    public const string NewPattern = "om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/";
    public const string OldPattern = "om-polisen/medborgarloften/";

    public static IReadOnlyList<Uri> For(string lanName, string kommunName, Uri root)
    {
        var plain = Slug.For(kommunName);
        var publisher = KommunPublisher.For(kommunName);
        var named = Slug.For(publisher);
        var stem = named.EndsWith("-kommun", StringComparison.Ordinal) ? named[..^"-kommun".Length] : null;
        var lan = PolisenLoftePages.LanSlug(lanName);
        string[] slugs = [plain, named, .. stem is null || stem == plain ? Array.Empty<string>() : [stem], plain + "2"];
        var addresses = new List<Uri>();
        foreach (var slug in slugs.Distinct(StringComparer.Ordinal))
        {
            addresses.Add(new Uri(root, $"{NewPattern}{lan}/{slug}/"));
            addresses.Add(new Uri(root, $"{NewPattern}{slug}/"));
        }
        foreach (var slug in slugs.Distinct(StringComparer.Ordinal))
        {
            addresses.Add(new Uri(root, $"{OldPattern}{slug}/"));
        }
        return addresses;
    }
}
