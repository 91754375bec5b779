using System.Linq.Expressions;

namespace OpenData.Api.Features.Filtering;

/// <summary>Composes lambda expressions into one that EF Core can still translate to SQL.</summary>
public static class ExpressionComposition
{
    /// <summary>x => inner(outer(x)): a key or predicate on a value, applied to the value a selector picks.</summary>
    public static Expression<Func<T, TResult>> Then<T, TMid, TResult>(this Expression<Func<T, TMid>> outer, Expression<Func<TMid, TResult>> inner) =>
        Expression.Lambda<Func<T, TResult>>(inner.Body.Replace(inner.Parameters[0], outer.Body), outer.Parameters);

    /// <summary>The expression with every occurrence of <paramref name="from"/> replaced by <paramref name="to"/>.</summary>
    public static Expression Replace(this Expression expression, Expression from, Expression to) =>
        new Replacer(from, to).Visit(expression)!;

    private sealed class Replacer(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }
}
