using GraphQL;

namespace OpenData.Api.GraphQL;

internal static class ResolveContextExtensions
{
    /// <summary>The request's batch loaders.</summary>
    public static Loaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<Loaders>();

    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();
}
