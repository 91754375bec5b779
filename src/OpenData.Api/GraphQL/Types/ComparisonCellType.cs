using GraphQL.Types;
using OpenData.Api.Features.Comparison;
using OpenData.Api.Protection;

namespace OpenData.Api.GraphQL.Types;

public sealed class ComparisonCellType : ObjectGraphType<ComparisonCellView>
{
    public ComparisonCellType()
    {
        Name = "ComparisonCell";
        Description = "What one kommun promises on one theme.";
        Field<NonNullGraphType<KommunType>>("kommun").Description("The kommun (the row).").Resolve(c => c.Source.Kommun);
        Field<NonNullGraphType<ThemeType>>("theme").Description("The theme (the column).").Resolve(c => c.Source.Theme);
        Field<NonNullGraphType<IntGraphType>>("promiseCount").Description("How many of the kommun's promises have the theme.").Resolve(c => c.Source.Promises.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PromiseType>>>>("promises")
            .Description("Those promises, by löfte and position.")
            .ExpectItems(ListSizes.PromisesOfCell)
            .Resolve(c => c.Source.Promises);
    }
}
