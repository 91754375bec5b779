using GraphQL.Types;
using OpenData.Core.Model;

namespace OpenData.Api.GraphQL.Types;

public sealed class ActorType : EnumerationGraphType<Actor>
{
    public ActorType()
    {
        Name = "Actor";
        Description = "Who makes a promise: POLIS, KOMMUN, or ANNAN (another named party: räddningstjänst, föreningar, bostadsbolag).";
    }
}
