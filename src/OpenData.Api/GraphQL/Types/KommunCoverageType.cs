using GraphQL.Types;
using OpenData.Api.Features.Coverage;
using OpenData.Api.Protection;

namespace OpenData.Api.GraphQL.Types;

public sealed class KommunCoverageType : ObjectGraphType<KommunCoverageView>
{
    public KommunCoverageType()
    {
        Name = "KommunCoverage";
        Description = "One kommun's coverage in a year, and what it rests on.";
        Field<NonNullGraphType<KommunType>>("kommun").Description("The kommun.").Resolve(c => c.Source.Kommun);
        Field<NonNullGraphType<CoverageStateType>>("state").Description("In force, ended, none found after trying, not tried yet, or failing.").Resolve(c => c.Source.State);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("lofteYears")
            .Description("Every year a löfte of the kommun covers, withdrawn ones not counted, in order.")
            .ExpectItems(ListSizes.LofteYearsOfKommun)
            .Resolve(c => c.Source.LofteYears);
        Field<DateTimeGraphType>("lastFetched").Description("When one of its addresses was last asked; null: never.").Resolve(c => c.Source.LastFetched);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("Every address known for the kommun, registered ones first, then those discovery asked.")
            .ExpectItems(ListSizes.SourcesOfKommun)
            .Resolve(c => c.Source.Sources);
    }
}
