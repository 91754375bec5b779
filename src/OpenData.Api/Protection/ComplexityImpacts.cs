using GraphQL.Builders;
using GraphQL.Types;

namespace OpenData.Api.Protection;

/// <summary>Declares, on a list field, how many items the cost estimate (<see cref="QueryMeasure"/>) should expect it to hold.</summary>
internal static class ComplexityImpacts
{
    private const string MetadataKey = "OpenData.ExpectedItems";

    /// <summary>A list of about <paramref name="expectedItems"/> items: its children count that many times.</summary>
    public static FieldBuilder<TSource, TReturn> ExpectItems<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int expectedItems) =>
        field.ExpectItems(_ => expectedItems);

    /// <summary>A list whose size follows from the arguments of its parent field (the cells of a comparison).</summary>
    public static FieldBuilder<TSource, TReturn> ExpectItems<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Func<FieldArguments, double> expectedItems)
    {
        field.FieldType.Metadata[MetadataKey] = expectedItems;
        return field;
    }

    /// <summary>The size a field declared, given its parent field's arguments; null when it declared none.</summary>
    public static double? ExpectedItems(this FieldType field, FieldArguments parentArguments) =>
        field.Metadata.TryGetValue(MetadataKey, out var declared) && declared is Func<FieldArguments, double> expected ? expected(parentArguments) : null;
}
