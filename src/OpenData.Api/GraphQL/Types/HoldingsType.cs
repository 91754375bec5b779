using GraphQL.Types;
using OpenData.Api.Features.Holdings;

namespace OpenData.Api.GraphQL.Types;

public sealed class HoldingsType : ObjectGraphType<HoldingsView>
{
    public HoldingsType()
    {
        Name = "Holdings";
        Description = "What the database holds: a fresh install has only the pages recorded in data/archive; `harvest --live` reads the national sources.";
        Field<NonNullGraphType<IntGraphType>>("loften").Description("Löften not withdrawn.").Resolve(c => c.Source.Loften);
        Field<NonNullGraphType<IntGraphType>>("promises").Description("Promises in force (not withdrawn).").Resolve(c => c.Source.Promises);
        Field<NonNullGraphType<IntGraphType>>("kommunerWithLofte").Description("Kommuner with at least one löfte, of any year.").Resolve(c => c.Source.KommunerWithLofte);
        Field<NonNullGraphType<IntGraphType>>("recordedPages").Description("Pages read from the recorded archive (data/archive).").Resolve(c => c.Source.RecordedPages);
        Field<NonNullGraphType<IntGraphType>>("fetchedPages").Description("Pages and documents fetched from their publishers by the live harvester.").Resolve(c => c.Source.FetchedPages);
        Field<DateTimeGraphType>("firstReadAt").Description("When the earliest of those pages was read (recorded, for the archive's pages).").Resolve(c => c.Source.FirstReadAt);
        Field<DateTimeGraphType>("lastReadAt").Description("When the latest of those pages was read.").Resolve(c => c.Source.LastReadAt);
        Field<StringGraphType>("lastHarvestMode").Description("How the last finished harvest read: offline (the archive) or live.").Resolve(c => c.Source.LastHarvestMode);
        Field<DateTimeGraphType>("lastHarvestAt").Description("When the last harvest finished.").Resolve(c => c.Source.LastHarvestAt);
    }
}
