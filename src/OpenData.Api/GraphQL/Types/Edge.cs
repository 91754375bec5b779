namespace OpenData.Api.GraphQL.Types;

/// <summary>One edge of a Relay connection: a node and the cursor that points at it.</summary>
public sealed record Edge<T>(string Cursor, T Node);
