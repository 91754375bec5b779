using GraphQL;
using GraphQLParser.AST;
using OpenData.Api.Features.Kommuner;
using OpenData.Api.Features.Loften;

namespace OpenData.Api.GraphQL;

/// <summary>
/// How the kommun field reads its kommun: when the selection asks for all its löften, they come in the kommun's own
/// statement and are handed to the loader that the kommun's <c>loften</c> field reads, so a kommun page costs one round
/// trip less. Any other selection reads the kommun alone and leaves the löften to their loader.
/// </summary>
internal static class KommunRead
{
    public static async Task<KommunView?> KommunAsync(this IResolveFieldContext context, string code)
    {
        if (!AsksForAllLoften(context))
        {
            return await context.Service<KommunQueries>().ByCodeAsync(code, context.CancellationToken);
        }
        var read = await context.Service<LofteQueries>().KommunWithLoftenAsync(code, context.CancellationToken);
        if (read is null)
        {
            return null;
        }
        context.Service<LofteLoaders>().LoftenOfKommun.Prime((read.Kommun.Code, null), read.Loften);
        return read.Kommun;
    }

    /// <summary>A <c>loften</c> field without "current" (or with a literal null) asks for all of them.</summary>
    private static bool AsksForAllLoften(IResolveFieldContext context) =>
        context.SubFields?.Values.Any(f => f.FieldType.Name == "loften" && f.Field.Arguments?.ValueFor("current") is null or GraphQLNullValue) == true;
}
