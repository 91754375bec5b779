using GraphQL.Types;
using OpenData.Api.Features.Filtering;

namespace OpenData.Api.GraphQL.Inputs;

public sealed class IntOperationFilterInputType : InputObjectGraphType<IntOperation>
{
    public IntOperationFilterInputType()
    {
        Name = "IntOperationFilterInput";
        Description = "Conditions on a number; all that are given must hold.";
        Field<IntGraphType>("eq").Description("Equal to.");
        Field<IntGraphType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("in").Description("One of.");
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("nin").Description("None of.");
        Field<IntGraphType>("gt").Description("Greater than.");
        Field<IntGraphType>("gte").Description("Greater than or equal to.");
        Field<IntGraphType>("lt").Description("Less than.");
        Field<IntGraphType>("lte").Description("Less than or equal to.");
    }
}
