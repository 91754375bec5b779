using GraphQL.Types;
using OpenData.Api.Features.Coverage;
using OpenData.Api.Protection;

namespace OpenData.Api.GraphQL.Types;

public sealed class CoverageType : ObjectGraphType<CoverageView>
{
    public CoverageType()
    {
        Name = "Coverage";
        Description = "Which kommuner had a löfte covering a year. A löfte whose period was never published covers no year; withdrawn löften do not count.";
        Field<NonNullGraphType<IntGraphType>>("year").Description("The calendar year.").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<IntGraphType>>("kommunerWithLofte").Description("How many kommuner had a löfte covering the year.").Resolve(c => c.Source.With.Count);
        Field<NonNullGraphType<IntGraphType>>("kommunerTotal").Description("How many kommuner existed that year.").Resolve(c => c.Source.With.Count + c.Source.Without.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KommunType>>>>("kommunerWith")
            .Description("The kommuner with a löfte covering the year, by code.")
            .ExpectItems(ListSizes.Kommuner)
            .Resolve(c => c.Source.With);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KommunType>>>>("kommunerWithout")
            .Description("The kommuner with none, by code.")
            .ExpectItems(ListSizes.Kommuner)
            .Resolve(c => c.Source.Without);
    }
}
