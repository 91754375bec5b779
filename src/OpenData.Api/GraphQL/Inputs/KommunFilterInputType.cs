using GraphQL.Types;
using OpenData.Api.Features.Kommuner;

namespace OpenData.Api.GraphQL.Inputs;

public sealed class KommunFilterInputType : InputObjectGraphType<KommunFilter>
{
    public KommunFilterInputType()
    {
        Name = "KommunFilterInput";
        Description = "Which kommuner: by code, name or län. Conditions given together must all hold; use `or` for alternatives.";
        Field<StringOperationFilterInputType>("code").Description("The SCB kommunkod.");
        Field<StringOperationFilterInputType>("name").Description("The kommun's name.");
        Field<StringOperationFilterInputType>("lan").Description("The län's two-digit code.");
        Field<ListGraphType<NonNullGraphType<KommunFilterInputType>>>("and").Description("All of these.");
        Field<ListGraphType<NonNullGraphType<KommunFilterInputType>>>("or").Description("Any of these.");
    }
}
