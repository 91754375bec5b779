using OpenData.Api.Features.Holdings;
using OpenData.Api.Http;
using System.Globalization;
using GraphQL;
using GraphQL.Types;
using OpenData.Api.Features.Changes;
using OpenData.Api.Features.Comparison;
using OpenData.Api.Features.Coverage;
using OpenData.Api.Features.Documents;
using OpenData.Api.Features.Kommuner;
using OpenData.Api.Features.Loften;
using OpenData.Api.Features.Paging;
using OpenData.Api.Features.Promises;
using OpenData.Api.Features.Themes;
using OpenData.Api.GraphQL.Inputs;
using OpenData.Api.Protection;

namespace OpenData.Api.GraphQL.Types;

/// <summary>The root of every query. Resolvers only translate arguments; the Features do the querying.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Sweden's medborgarlöften: kommuner, their löften and every promise, with where each fact was read.";

        Field<NonNullGraphType<ConnectionType<KommunType, KommunView>>>("kommuner")
            .Description("All 290 kommuner, filtered and ordered, a page at a time.")
            .Argument<KommunFilterInputType>("where", "Which kommuner.")
            .Argument<ListGraphType<NonNullGraphType<KommunSortInputType>>>("order", "How to order them (default: by code).")
            .PagingArguments()
            .ResolveAsync(async c => await c.Service<KommunQueries>().ListAsync(
                c.GetArgument<KommunFilter?>("where"), c.GetArgument<List<KommunSort>?>("order"), c.Page(), c.CancellationToken));

        Field<KommunType>("kommun")
            .Description("One kommun by its SCB kommunkod (\"2463\"); null if there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Four-digit SCB kommunkod.")
            .ResolveAsync(async c => await c.KommunAsync(c.GetArgument<string>("code")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LanType>>>>("lan")
            .Description("The 21 län, by code.")
            .ExpectItems(ListSizes.Lan)
            .ResolveAsync(async c => await c.Service<KommunQueries>().AllLanAsync(c.CancellationToken));

        Field<NonNullGraphType<ConnectionType<LofteType, LofteView>>>("loften")
            .Description("Löften, filtered and ordered, a page at a time.")
            .Argument<LofteFilterInputType>("where", "Which löften: `{ kommun: { eq: \"1980\" } }`.")
            .Argument<ListGraphType<NonNullGraphType<LofteSortInputType>>>("order", "How to order them: `[{ years: DESC }]` (default: as harvested).")
            .Argument<DateTimeGraphType>("changedSince", "Only the löften whose data (changedAt) changed at or after this instant (2024-03-01T00:00:00Z).")
            .PagingArguments()
            .ResolveAsync(async c => await c.Service<LofteQueries>().ListAsync(
                c.GetArgument<LofteFilter?>("where"), c.GetArgument<List<LofteSort>?>("order"), c.Page(), c.CancellationToken, c.GetArgument<DateTime?>("changedSince")));

        Field<NonNullGraphType<ConnectionType<PromiseType, PromiseView>>>("promises")
            .Description("Swedish full-text search over promise texts; 'narkotikan' finds 'narkotika'. Without search: every promise in force, filtered and ordered.")
            .Argument<StringGraphType>("search", "Words to find in the promise's text.")
            .Argument<PromiseFilterInputType>("where", "Which promises.")
            .Argument<ListGraphType<NonNullGraphType<PromiseSortInputType>>>("order", "How to order them (default: by löfte, then position).")
            .Argument<DateTimeGraphType>("changedSince", "Only the promises whose data (changedAt) changed at or after this instant (2024-03-01T00:00:00Z).")
            .PagingArguments()
            .ResolveAsync(async c => await c.Service<PromiseQueries>().ListAsync(
                c.GetArgument<string?>("search"), c.GetArgument<PromiseFilter?>("where"), c.GetArgument<List<PromiseSort>?>("order"), c.Page(), c.CancellationToken, c.GetArgument<DateTime?>("changedSince")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeType>>>>("themes")
            .Description("The theme taxonomy (themes-v1), by code; each theme counts its promises by year and län.")
            .ExpectItems(ListSizes.Themes)
            .ResolveAsync(async c => await c.Service<ThemeQueries>().AllAsync(c.CancellationToken));

        Field<NonNullGraphType<ComparisonType>>("compare")
            .Description("Kommuner side by side, theme by theme.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("kommuner", $"SCB kommunkoder, 1 to {ComparisonQueries.MaxKommuner}: [\"1980\", \"1984\"].")
            .Argument<ListGraphType<NonNullGraphType<IntGraphType>>>("years", "Compare the löften covering any of these years; omitted: the löften in force now.")
            .ResolveAsync(async c => await c.Service<ComparisonQueries>().CompareAsync(
                c.GetArgument<List<string>>("kommuner"), c.GetArgument<List<int>?>("years"), c.CancellationToken));

        Field<NonNullGraphType<CoverageType>>("coverage")
            .Description("Which kommuner have a löfte in force in a year (default: this year).")
            .Argument<IntGraphType>("year", "The calendar year; omitted: the current year in Sweden.")
            .Argument<StringGraphType>("lan", "Only the kommuner of this län (two-digit länskod: \"03\"); omitted: all.")
            .ResolveAsync(async c => await c.Service<CoverageQueries>().ForYearAsync(c.GetArgument<int?>("year"), c.GetArgument<string?>("lan"), c.CancellationToken));

        Field<NonNullGraphType<HoldingsType>>("holdings")
            .Description("What the database holds: how many löften and pages, read when, from the archive or live.")
            .ResolveAsync(async c => await c.Service<HoldingsQueries>().NowAsync(c.CancellationToken));

        Field<NonNullGraphType<ConnectionType<ChangeType, ChangeView>>>("changes")
            .Description("Everything that changed after a time, removals included, in the order it was recorded. Keep the last endCursor and pass it as `after` next time: nothing is missed or repeated.")
            .Argument<NonNullGraphType<DateTimeGraphType>>("since", "Changes recorded at or after this instant (ISO 8601, with offset: 2024-03-01T00:00:00Z).")
            .PagingArguments()
            .ResolveAsync(async c => await c.Service<ChangeQueries>().SinceAsync(c.GetArgument<DateTime>("since"), c.Page(), c.CancellationToken));

        Field<NodeInterface>("node")
            .Description("Any object by its global id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id from an `id` field.")
            .ResolveAsync(async c => await NodeAsync(c, c.GetArgument<string>("id")));
    }

    private static async Task<object?> NodeAsync(IResolveFieldContext c, string id)
    {
        if (!GlobalId.TryDecode(id, out var type, out var key))
        {
            return null;
        }
        return type switch
        {
            "Kommun" => await c.Service<KommunQueries>().ByCodeAsync(key, c.CancellationToken),
            "Lofte" => await c.Service<LofteQueries>().ByKeyAsync(key, c.CancellationToken),
            "Promise" => await c.Service<PromiseQueries>().ByKeyAsync(key, c.CancellationToken),
            "Document" when int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var documentId) =>
                (await c.Service<DocumentQueries>().ByIdsAsync([documentId], c.CancellationToken)).GetValueOrDefault(documentId),
            _ => null,
        };
    }
}
