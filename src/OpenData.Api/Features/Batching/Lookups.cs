namespace OpenData.Api.Features.Batching;

internal static class Lookups
{
    /// <summary>A lookup as the batch loaders hand lists out: one list per key.</summary>
    public static IReadOnlyDictionary<TKey, IReadOnlyList<TValue>> AsLists<TKey, TValue>(this ILookup<TKey, TValue> lookup) where TKey : notnull =>
        lookup.ToDictionary(g => g.Key, g => (IReadOnlyList<TValue>)g.ToList());
}
