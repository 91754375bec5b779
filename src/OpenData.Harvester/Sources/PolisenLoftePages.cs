using OpenData.Core.Reference;

using OpenData.Core.Text;

namespace OpenData.Harvester.Sources;

/// <summary>
/// Each kommun's löfte page on polisen.se, by the address rule polisen.se has used since 2023
/// (../shared/SOURCES.md, form 3): /om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/&lt;län&gt;/&lt;kommun&gt;/.
/// The addresses are made, not seen: they stay unverified until a fetch or a person confirms them.
/// </summary>
public static class PolisenLoftePages
{
    public const string Basis = "slug-rule";

    public const string Root = "https://polisen.se/om-polisen/medborgarloften-och-lokal-samverkan/medborgarloften/";

    public const string CheckEvery = "P7D";

    /// <summary>The län is part of the key as of the address: Habo and Håbo share a slug.</summary>
    public static string KeyFor(string lanName, string kommunName) => $"polisen/{Slug.For(lanName)}/{Slug.For(kommunName)}";

    public static string AddressFor(string lanName, string kommunName) => $"{Root}{Slug.For(lanName)}/{Slug.For(kommunName)}/";

    /// <summary>One entry per kommun of the reference data, in kommunkod order.</summary>
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
                Basis = Basis,
            });
    }
}
