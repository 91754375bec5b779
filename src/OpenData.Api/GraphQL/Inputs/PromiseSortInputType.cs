using GraphQL.Types;
using OpenData.Api.Features.Promises;
using OpenData.Api.GraphQL.Types;

namespace OpenData.Api.GraphQL.Inputs;

public sealed class PromiseSortInputType : InputObjectGraphType<PromiseSort>
{
    public PromiseSortInputType()
    {
        Name = "PromiseSortInput";
        Description = "A key to order promises by; a list of them applies in order.";
        Field<SortEnumType>("years").Description("By the löfte's first year.");
        Field<SortEnumType>("ordinal").Description("By position in the löfte.");
        Field<SortEnumType>("firstSeen").Description("By when the harvester first read it.");
        Field<SortEnumType>("lastSeen").Description("By when the harvester last read it.");
    }
}
