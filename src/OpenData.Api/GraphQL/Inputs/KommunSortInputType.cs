using GraphQL.Types;
using OpenData.Api.Features.Kommuner;
using OpenData.Api.GraphQL.Types;

namespace OpenData.Api.GraphQL.Inputs;

public sealed class KommunSortInputType : InputObjectGraphType<KommunSort>
{
    public KommunSortInputType()
    {
        Name = "KommunSortInput";
        Description = "A key to order kommuner by; a list of them applies in order.";
        Field<SortEnumType>("code").Description("By kommunkod.");
        Field<SortEnumType>("name").Description("By name.");
    }
}
