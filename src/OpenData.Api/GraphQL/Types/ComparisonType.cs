using GraphQL.Types;
using OpenData.Api.Features.Comparison;
using OpenData.Api.Protection;

namespace OpenData.Api.GraphQL.Types;

public sealed class ComparisonType : ObjectGraphType<ComparisonView>
{
    public ComparisonType()
    {
        Name = "Comparison";
        Description = "Kommuner side by side, theme by theme: a cell for every kommun and every theme, empty ones included.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KommunType>>>>("kommuner")
            .Description("The kommuner compared, in the order asked.")
            .Resolve(c => c.Source.Kommuner);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("years")
            .Description("The years compared; empty when the löften in force now were compared.")
            .Resolve(c => c.Source.Years);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeType>>>>("themes")
            .Description("Every theme of the taxonomy, by code: the columns of the comparison.")
            .ExpectItems(ListSizes.Themes)
            .Resolve(c => c.Source.Themes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComparisonCellType>>>>("cells")
            .Description("One cell per kommun and theme, kommun by kommun in the order asked, themes by code.")
            .ExpectItems(context => ListSizes.Themes * Math.Max(1, KommunerAsked(context)))
            .Resolve(c => c.Source.Cells);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KommunFollowUpsType>>>>("followUps")
            .Description("Per kommun, in the order asked: how many of its promises have a published follow-up, and how many are reported done.")
            .ExpectItems(context => Math.Max(1, KommunerAsked(context)))
            .Resolve(c => c.Source.FollowUps);
    }

    /// <summary>How many kommuner the compare field above asks for: the rows of the grid.</summary>
    private static int KommunerAsked(FieldArguments compare) => compare.Count("kommuner") ?? 1;
}
