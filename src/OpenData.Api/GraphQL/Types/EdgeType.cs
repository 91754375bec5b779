using GraphQL.Types;

namespace OpenData.Api.GraphQL.Types;

/// <summary>A Relay edge, named after its node type ("KommunEdge").</summary>
public sealed class EdgeType<TNodeType, TNode> : ObjectGraphType<Edge<TNode>> where TNodeType : IGraphType
{
    public EdgeType()
    {
        var node = typeof(TNodeType).Name.Replace("Type", "", StringComparison.Ordinal);
        Name = node + "Edge";
        Description = $"A {node} in a page of results, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to continue after this edge.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description($"The {node}.").Resolve(c => c.Source.Node);
    }
}
