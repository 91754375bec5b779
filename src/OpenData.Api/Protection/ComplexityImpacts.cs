using GraphQL;
using GraphQL.Builders;
using GraphQL.Validation.Complexity;

namespace OpenData.Api.Protection;

/// <summary>Declares, on a list field, how many items the complexity estimate should expect it to hold.</summary>
internal static class ComplexityImpacts
{
    /// <summary>A list of about <paramref name="expectedItems"/> items: its children count that many times.</summary>
    public static FieldBuilder<TSource, TReturn> ExpectItems<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int expectedItems)
    {
        field.FieldType.WithComplexityImpact(1, expectedItems);
        return field;
    }

    /// <summary>A list whose size follows from an argument of its parent field (the cells of a comparison).</summary>
    public static FieldBuilder<TSource, TReturn> ExpectItems<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Func<FieldImpactContext, double> expectedItems)
    {
        field.FieldType.WithComplexityImpact(context => new FieldComplexityResult(1, expectedItems(context)));
        return field;
    }
}
