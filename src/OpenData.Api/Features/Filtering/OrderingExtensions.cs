using System.Linq.Expressions;

namespace OpenData.Api.Features.Filtering;

public static class OrderingExtensions
{
    /// <summary>Orders by a key, then (for a stable page order) by the keys after it.</summary>
    public static IOrderedQueryable<T> By<T, TKey>(this IQueryable<T> source, Expression<Func<T, TKey>> key, SortDirection direction) =>
        source is IOrderedQueryable<T> ordered && source.Expression.Type == typeof(IOrderedQueryable<T>)
            ? direction == SortDirection.Asc ? ordered.ThenBy(key) : ordered.ThenByDescending(key)
            : direction == SortDirection.Asc ? source.OrderBy(key) : source.OrderByDescending(key);
}
