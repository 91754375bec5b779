using GraphQL;

namespace OpenData.Api.GraphQL;

internal static class ResolveContextExtensions
{
    /// <summary>An absolute link to a path of this service, as the client reached it.</summary>
    public static string Link(this IResolveFieldContext context, string path) => ((UserContext)context.UserContext).Link(path);

    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();
}
