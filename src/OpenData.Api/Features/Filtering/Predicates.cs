using System.Linq.Expressions;

namespace OpenData.Api.Features.Filtering;

/// <summary>Composes filter predicates into one expression that EF Core translates to SQL.</summary>
public static class Predicates
{
    public static Expression<Func<T, bool>>? All<T>(IEnumerable<Expression<Func<T, bool>>?> parts) => Combine(parts, Expression.AndAlso);

    public static Expression<Func<T, bool>>? Any<T>(IEnumerable<Expression<Func<T, bool>>?> parts) => Combine(parts, Expression.OrElse);

    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    /// <summary>Applies a predicate on a value to the value a field selects: v => p(field(x)).</summary>
    public static Expression<Func<T, bool>>? Apply<T, TValue>(Expression<Func<T, TValue>> field, Expression<Func<TValue, bool>>? predicate) =>
        predicate is null ? null : field.Then(predicate);

    private static Expression<Func<T, bool>>? Combine<T>(IEnumerable<Expression<Func<T, bool>>?> parts, Func<Expression, Expression, BinaryExpression> join)
    {
        Expression<Func<T, bool>>? result = null;
        foreach (var part in parts)
        {
            if (part is null)
            {
                continue;
            }
            if (result is null)
            {
                result = part;
                continue;
            }
            var body = part.Body.Replace(part.Parameters[0], result.Parameters[0]);
            result = Expression.Lambda<Func<T, bool>>(join(result.Body, body), result.Parameters);
        }
        return result;
    }
}
