using GraphQL.Types;
using OpenData.Api.Features.Loften;
using OpenData.Api.GraphQL.Types;

namespace OpenData.Api.GraphQL.Inputs;

public sealed class LofteFilterInputType : InputObjectGraphType<LofteFilter>
{
    public LofteFilterInputType()
    {
        Name = "LofteFilterInput";
        Description = "Which löften: by kommun, län, year or status, as `where: { kommun: { eq: \"1980\" } }`.";
        Field<StringOperationFilterInputType>("kommun").Description("A kommun it covers (SCB code).");
        Field<StringOperationFilterInputType>("lan").Description("A län its kommuner are in (two-digit code).");
        Field<IntOperationFilterInputType>("year").Description("A year it covers.");
        Field<LofteStatusType>("status").Description("Its status.");
        Field<ListGraphType<NonNullGraphType<LofteFilterInputType>>>("and").Description("All of these.");
        Field<ListGraphType<NonNullGraphType<LofteFilterInputType>>>("or").Description("Any of these.");
    }
}
