using OpenData.Core.Reference;

using OpenData.Core.Text;

namespace OpenData.Harvester.Sources;

/// <summary>
/// Each kommun's löfte page on polisen.se, by the address rule polisen.se has used since 2023
/// (../shared/SOURCES.md, form 3): /om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/&lt;län&gt;/&lt;kommun&gt;/.
/// The addresses are made, not seen: the registry keeps them only, as guesses, for a kommun where nothing was seen.
/// Västra Götaland's län slug is "vastra-gotaland", not the rule's "vastra-gotalands-lan" (all 49 of its kommuner).
/// </summary>
public static class PolisenLoftePages
{
    public const string Root = "https://polisen.se/om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/";

    public const string CheckEvery = "P7D";

    /// <summary>The län is part of the key as of the address: Habo and Håbo share a slug.</summary>
    public static string KeyFor(string lanName, string kommunName) => $"polisen/{LanSlug(lanName)}/{Slug.For(kommunName)}";

    public static string AddressFor(string lanName, string kommunName) => $"{Root}{LanSlug(lanName)}/{Slug.For(kommunName)}/";

    /// <summary>The län's part of the address: the slug rule, but for Västra Götaland, whose pages all sit under "vastra-gotaland".</summary>
    public static string LanSlug(string lanName) => Slug.For(lanName) is "vastra-gotalands-lan" ? "vastra-gotaland" : Slug.For(lanName);

    /// <summary>One guess per kommun of the reference data, in kommunkod order.</summary>
    public static IEnumerable<RegisteredSource> Generate(ReferenceData reference)
    {
        var lan = reference.Lan.ToDictionary(l => l.Code);
        return reference.Kommuner
            .OrderBy(k => k.Code, StringComparer.Ordinal)
            .Select(k => new RegisteredSource
            {
                Key = KeyFor(lan[k.LanCode].Name, k.Name),
                Url = AddressFor(lan[k.LanCode].Name, k.Name),
                Kind = SourceKinds.PolisenLoftePage,
                Kommuner = [k.Code],
                Publisher = "Polisen",
                CheckEvery = CheckEvery,
                Verified = false,
                Basis = SourceBasis.Guess,
                FoundBy = FoundBy.SlugRule,
            });
    }
}
