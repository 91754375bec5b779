using GraphQL.Types;
using OpenData.Api.Features.Loften;
using OpenData.Api.GraphQL.Types;

namespace OpenData.Api.GraphQL.Inputs;

public sealed class LofteSortInputType : InputObjectGraphType<LofteSort>
{
    public LofteSortInputType()
    {
        Name = "LofteSortInput";
        Description = "A key to order löften by, as `order: [{ years: DESC }]`; a list of them applies in order.";
        Field<SortEnumType>("years").Description("By period: first year, then last.");
        Field<SortEnumType>("firstSeen").Description("By when the harvester first read it.");
        Field<SortEnumType>("lastSeen").Description("By when the harvester last read it.");
    }
}
