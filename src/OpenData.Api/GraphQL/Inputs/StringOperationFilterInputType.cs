using GraphQL.Types;
using OpenData.Api.Features.Filtering;

namespace OpenData.Api.GraphQL.Inputs;

public sealed class StringOperationFilterInputType : InputObjectGraphType<StringOperation>
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text field; all that are given must hold.";
        Field<StringGraphType>("eq").Description("Equal to.");
        Field<StringGraphType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("One of.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nin").Description("None of.");
        Field<StringGraphType>("contains").Description("Contains, case as given.");
        Field<StringGraphType>("startsWith").Description("Starts with.");
    }
}
