namespace OpenData.Api.GraphQL.Types;

/// <summary>The page facts Relay's PageInfo needs, whatever the node type.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
