using GraphQL;
using GraphQL.DataLoader;
using OpenData.Api.Features.Loften;

namespace OpenData.Api.GraphQL;

/// <summary>
/// How a field that names one löfte (a promise's, a change's) reads it: where the selection shows the löfte's
/// kommuner, they come in the löfte's own statement and are handed to the loader their field reads, so a list of
/// promises with their löften's kommuner costs a round trip less.
/// </summary>
internal static class LofteRead
{
    public static IDataLoaderResult<LofteView?> LoadLofte(this IResolveFieldContext context, int id) =>
        context.Load((LofteLoaders l) => AsksForKommuner(context) ? l.LofteWithKommuner : l.Lofte, id);

    private static bool AsksForKommuner(IResolveFieldContext context) =>
        context.SubFields?.Values.Any(f => f.FieldType.Name == "kommuner") == true;
}
