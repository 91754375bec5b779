using GraphQL;
using GraphQLParser.AST;
using OpenData.Api.Features.Documents;
using OpenData.Api.Features.Kommuner;
using OpenData.Api.Features.Loften;

namespace OpenData.Api.GraphQL;

/// <summary>
/// How the kommun field reads its kommun: when the selection asks for all its löften, they come in the kommun's own
/// statement, and so do their documents where the löften's selection asks for those; each list is handed to the loader
/// that its field reads, so a kommun page costs a round trip less for each. Any other selection reads the kommun alone
/// and leaves the löften to their loader.
/// </summary>
internal static class KommunRead
{
    public static async Task<KommunView?> KommunAsync(this IResolveFieldContext context, string code)
    {
        if (AllLoftenField(context) is not { } loften)
        {
            return await context.Service<KommunQueries>().ByCodeAsync(code, context.CancellationToken);
        }
        var read = await context.Service<LofteQueries>().KommunWithLoftenAsync(code, AsksForDocuments(loften), context.CancellationToken);
        if (read is null)
        {
            return null;
        }
        context.Service<LofteLoaders>().LoftenOfKommun.Prime((read.Kommun.Code, null), read.Loften);
        if (read.Documents is { } documents)
        {
            var loader = context.Service<DocumentLoaders>().DocumentsOfLofte;
            foreach (var (lofte, list) in documents)
            {
                loader.Prime(lofte, list);
            }
        }
        return read.Kommun;
    }

    /// <summary>A <c>loften</c> field without "current" (or with a literal null) asks for all of them.</summary>
    private static GraphQLField? AllLoftenField(IResolveFieldContext context) =>
        context.SubFields?.Values.FirstOrDefault(f => f.FieldType.Name == "loften" && f.Field.Arguments?.ValueFor("current") is null or GraphQLNullValue).Field;

    /// <summary>
    /// Whether the löften's own selection names <c>documents</c>. One inside a fragment is not looked for: its loader
    /// reads it, a statement more. One that a directive skips is read all the same, and shown nowhere.
    /// </summary>
    private static bool AsksForDocuments(GraphQLField loften) =>
        loften.SelectionSet?.Selections.OfType<GraphQLField>().Any(f => f.Name.Value.Span.SequenceEqual("documents")) == true;
}
