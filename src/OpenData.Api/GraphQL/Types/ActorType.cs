using GraphQL.Types;
using OpenData.Core.Model;

namespace OpenData.Api.GraphQL.Types;

public sealed class ActorType : EnumerationGraphType<Actor>
{
    public ActorType()
    {
        Name = "Actor";
        Description = "Who makes a promise.";
        this.Describe(Actor.Polis, "Polisen: the lokalpolisområde or the police region.");
        this.Describe(Actor.Kommun, "The kommun or one of its administrations and companies.");
        this.Describe(Actor.Annan, "Another named party: räddningstjänst, föreningar, bostadsbolag.");
    }
}
