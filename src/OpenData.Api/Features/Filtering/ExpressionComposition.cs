using System.Linq.Expressions;

namespace OpenData.Api.Features.Filtering;

/// <summary>Composes lambda expressions into one that EF Core can still translate to SQL.</summary>
public static class ExpressionComposition
{
    /// <summary>x => inner(outer(x)): a key or predicate on a value, applied to the value a selector picks.</summary>
    public static Expression<Func<T, TResult>> Then<T, TMid, TResult>(this Expression<Func<T, TMid>> outer, Expression<Func<TMid, TResult>> inner) =>
        Expression.Lambda<Func<T, TResult>>(inner.Body.Replace(inner.Parameters[0], outer.Body), outer.Parameters);

    /// <summary>
    /// <paramref name="shape"/> with its second parameter worked out from its first by <paramref name="argument"/>: a
    /// projection that takes a value only a query can compute (a subquery) from the row it projects.
    /// </summary>
    public static Expression<Func<T, TResult>> Given<T, TArg, TResult>(this Expression<Func<T, TArg, TResult>> shape, Expression<Func<T, TArg>> argument) =>
        Expression.Lambda<Func<T, TResult>>(
            shape.Body.Replace(shape.Parameters[1], argument.Body.Replace(argument.Parameters[0], shape.Parameters[0])),
            shape.Parameters[0]);

    /// <summary>The expression with every occurrence of <paramref name="from"/> replaced by <paramref name="to"/>.</summary>
    public static Expression Replace(this Expression expression, Expression from, Expression to) =>
        new Replacer(from, to).Visit(expression)!;

    private sealed class Replacer(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }
}
