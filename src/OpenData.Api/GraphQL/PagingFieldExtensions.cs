using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using OpenData.Api.Features.Paging;

namespace OpenData.Api.GraphQL;

internal static class PagingFieldExtensions
{
    /// <summary>Relay's forward paging arguments, first (at most 100) and after.</summary>
    public static FieldBuilder<TSource, TReturn> PagingArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>("first", $"How many items (default {PageRequest.DefaultSize}, at most {PageRequest.MaxSize}).")
        .Argument<StringGraphType>("after", "The cursor after which the page starts (a previous page's endCursor).");

    /// <summary>The page asked for, counted over all pages only where the selection asks for totalCount.</summary>
    public static PageRequest Page(this IResolveFieldContext context) =>
        new(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"), context.SubFields is not { } selected || selected.Values.Any(f => f.FieldType.Name == "totalCount"));
}
