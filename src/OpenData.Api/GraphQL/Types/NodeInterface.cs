using GraphQL.Types;

namespace OpenData.Api.GraphQL.Types;

/// <summary>Relay's Node: anything with a global id that node(id) finds again.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id; `node(id:)` fetches it again.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id: stable, opaque.");
    }
}
