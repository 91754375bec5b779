using GraphQL.Types;
using OpenData.Api.Features.Paging;

namespace OpenData.Api.GraphQL.Types;

/// <summary>A Relay connection over a page, named after its node type ("KommunConnection").</summary>
public class ConnectionType<TNodeType, TNode> : ObjectGraphType<Page<TNode>> where TNodeType : IGraphType
{
    public ConnectionType()
    {
        var node = typeof(TNodeType).Name.Replace("Type", "", StringComparison.Ordinal);
        Name = node + "Connection";
        Description = $"A page of {node} results, Relay-style: page on with `first` and `after`.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, TNode>>>>>("edges")
            .Description("The items of this page with their cursors.")
            .Resolve(c => c.Source.Edges.Select(e => new Edge<TNode>(e.Cursor, e.Node)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The items of this page.")
            .Resolve(c => c.Source.Items);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Whether more pages follow, and the cursors to get them.")
            .Resolve(c => new PageInfo(c.Source.HasNextPage, c.Source.HasPreviousPage, c.Source.StartCursor, c.Source.EndCursor));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items the whole result has, over all pages.")
            .Resolve(c => c.Source.TotalCount ?? throw new InvalidOperationException("The page was read without its total, though the selection asks for totalCount."));
    }
}
