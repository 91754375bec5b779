using GraphQL.Types;
using OpenData.Api.Protection;
using OpenData.Core.Coverage;

namespace OpenData.Api.GraphQL.Types;

public sealed class SourceType : ObjectGraphType<CoverageSource>
{
    public SourceType()
    {
        Name = "Source";
        Description = "An address the harvester knows for a kommun: why, how it was found, and what it last answered.";
        Field<NonNullGraphType<StringGraphType>>("url").Description("The address.").Resolve(c => c.Source.Url);
        Field<NonNullGraphType<StringGraphType>>("basis")
            .Description("Why it is known: \"seen-published\" (seen with a löfte in a public copy of unknown date), \"guess\" (made by a pattern), \"discovered\" (found by the harvester), \"linked\" (a document a löfte page links), \"registered\".")
            .Resolve(c => c.Source.Basis);
        Field<StringGraphType>("foundBy")
            .Description("How it was found: \"census\", \"slug-rule\", \"guessed-path\", \"polisen-pattern\", \"redirect\", \"sitemap\", \"linked-page\".")
            .Resolve(c => c.Source.FoundBy);
        Field<NonNullGraphType<StringGraphType>>("kind")
            .Description("PolisenLoftePage, PolisenNews, KommunPage, PublishedDocument, LinkedDocument, or DiscoveryProbe (an address discovery asked).")
            .Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("seenYears")
            .Description("The löfte periods the address showed where it was seen published (\"2021-2022\").")
            .ExpectItems(2)
            .Resolve(c => c.Source.SeenYears);
        Field<DateTimeGraphType>("lastFetched").Description("When it was last asked; null: never.").Resolve(c => c.Source.LastFetched);
        Field<IntGraphType>("lastStatus").Description("The HTTP status of the last answer; null: never asked, or no answer.").Resolve(c => c.Source.LastStatus);
        Field<StringGraphType>("lastError").Description("Why the last fetch brought nothing, if it did not.").Resolve(c => c.Source.LastError);
    }
}
