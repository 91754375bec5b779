using GraphQL.Types;
using OpenData.Api.Features.Comparison;

namespace OpenData.Api.GraphQL.Types;

public sealed class KommunFollowUpsType : ObjectGraphType<KommunFollowUpsView>
{
    public KommunFollowUpsType()
    {
        Name = "KommunFollowUps";
        Description = "What one compared kommun's promises have had reported by published follow-ups.";
        Field<NonNullGraphType<KommunType>>("kommun").Description("The kommun.").Resolve(c => c.Source.Kommun);
        Field<NonNullGraphType<IntGraphType>>("promises").Description("Its promises in force in the löften compared.").Resolve(c => c.Source.Promises);
        Field<NonNullGraphType<IntGraphType>>("followedUp").Description("How many of them have a published follow-up.").Resolve(c => c.Source.FollowedUp);
        Field<NonNullGraphType<IntGraphType>>("reportedDone").Description("How many of those are reported done (\"rapporterat genomfört\") by their latest follow-up.").Resolve(c => c.Source.ReportedDone);
    }
}
