using GraphQL.Types;
using OpenData.Api.Features.Promises;
using OpenData.Api.GraphQL.Types;

namespace OpenData.Api.GraphQL.Inputs;

public sealed class PromiseFilterInputType : InputObjectGraphType<PromiseFilter>
{
    public PromiseFilterInputType()
    {
        Name = "PromiseFilterInput";
        Description = "Which promises: by their löfte's kommun, län and year, by theme and by actor.";
        Field<StringOperationFilterInputType>("kommun").Description("A kommun of the löfte (SCB code).");
        Field<StringOperationFilterInputType>("lan").Description("A län of the löfte's kommuner (two-digit code).");
        Field<IntOperationFilterInputType>("year").Description("A year the löfte covers.");
        Field<StringOperationFilterInputType>("theme").Description("A theme code (see `themes`).");
        Field<ActorType>("actor").Description("Who promises.");
        Field<FollowUpStatusType>("status").Description("The verdict of the promise's latest published follow-up.");
        Field<BooleanGraphType>("followedUp").Description("true: only promises with a published follow-up; false: only those without one.");
        Field<BooleanGraphType>("withdrawn").Description("true: only promises withdrawn from their löfte; false: only those in force. Where no withdrawn appears anywhere in the filter (and/or included), only those in force are listed.");
        Field<ListGraphType<NonNullGraphType<PromiseFilterInputType>>>("and").Description("All of these.");
        Field<ListGraphType<NonNullGraphType<PromiseFilterInputType>>>("or").Description("Any of these.");
    }
}
