namespace OpenData.Api.GraphQL.Caching;

/// <summary>
/// What decides an answer: the version of the data, the year in Sweden (a löfte's status is counted from it), the
/// query text (the same text parses to the same document), the operation, the variables as JSON, and the address
/// links in the answer are built on.
/// </summary>
public readonly record struct AnswerKey(long DataVersion, int Year, string Query, string? OperationName, string? Variables, string PublicBase)
{
    /// <summary>Roughly what the key holds in memory, counted with its answer.</summary>
    public int Size => 2 * (Query.Length + (OperationName?.Length ?? 0) + (Variables?.Length ?? 0) + PublicBase.Length) + 64;
}
