namespace OpenData.Api.Features;

/// <summary>A request the query layer refuses, with a message meant for the client.</summary>
public sealed class QueryException(string message) : Exception(message);
