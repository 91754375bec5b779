using GraphQL.Types;
using OpenData.Api.Features.Coverage;
using GraphQL;
using OpenData.Api.Protection;

namespace OpenData.Api.GraphQL.Types;

public sealed class CoverageType : ObjectGraphType<CoverageView>
{
    public CoverageType()
    {
        Name = "Coverage";
        Description = "Which kommuner (of one län, if asked) had a löfte covering a year. A löfte whose period was never published covers no year; withdrawn löften do not count.";
        Field<NonNullGraphType<IntGraphType>>("year").Description("The calendar year.").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<IntGraphType>>("kommunerWithLofte").Description("How many kommuner had a löfte covering the year.").Resolve(c => c.Source.With.Count);
        Field<NonNullGraphType<IntGraphType>>("kommunerTotal").Description("How many kommuner existed that year (in the län asked for).").Resolve(c => c.Source.With.Count + c.Source.Without.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KommunType>>>>("kommunerWith")
            .Description("The kommuner with a löfte covering the year, by code.")
            .ExpectItems(a => a.Count("lan") is null ? ListSizes.Kommuner : ListSizes.KommunerOfLan)
            .Resolve(c => c.Source.With);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KommunType>>>>("kommunerWithout")
            .Description("The kommuner with none, by code.")
            .ExpectItems(a => a.Count("lan") is null ? ListSizes.Kommuner : ListSizes.KommunerOfLan)
            .Resolve(c => c.Source.Without);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KommunCoverageType>>>>("kommuner")
            .Description("Every kommun of the year (of the län asked for, if one was), by code: its state, its löften's years, the addresses known for it and what each last answered.")
            .ExpectItems(a => a.Count("lan") is null ? ListSizes.Kommuner : ListSizes.KommunerOfLan)
            .ResolveAsync(async c => await c.Service<CoverageQueries>().KommunerAsync(c.Source.Year, c.Source.Lan, c.CancellationToken));
    }
}
