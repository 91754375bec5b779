using System.Linq.Expressions;
using System.Reflection;

namespace OpenData.Api.Features.Filtering;

/// <summary>
/// Lets a query written as one C# lambda use a rule kept elsewhere as an expression: inside the lambda,
/// <c>Rule.Apply(x, y)</c> marks where the rule goes, and <see cref="Inline{TDelegate}"/> puts the rule's body there
/// with its parameters replaced by the arguments. A compiled query (EF.CompileAsyncQuery) needs its whole shape in one
/// lambda, and this keeps each rule (when a löfte changed, how a row is shown) in one place for it and for the
/// queries composed at run time.
/// </summary>
public static class RuleInlining
{
    /// <summary>Stands for <paramref name="rule"/> applied to the argument; only inside a lambda given to <see cref="Inline{TDelegate}"/>.</summary>
    public static TResult Apply<T1, TResult>(this Expression<Func<T1, TResult>> rule, T1 first) =>
        throw new InvalidOperationException("Apply only marks where a rule goes inside a query expression; Inline() puts the rule there.");

    /// <inheritdoc cref="Apply{T1, TResult}"/>
    public static TResult Apply<T1, T2, TResult>(this Expression<Func<T1, T2, TResult>> rule, T1 first, T2 second) =>
        throw new InvalidOperationException("Apply only marks where a rule goes inside a query expression; Inline() puts the rule there.");

    /// <inheritdoc cref="Apply{T1, T2, TResult}"/>
    public static TResult Apply<T1, T2, T3, TResult>(this Expression<Func<T1, T2, T3, TResult>> rule, T1 first, T2 second, T3 third) =>
        throw new InvalidOperationException("Apply only marks where a rule goes inside a query expression; Inline() puts the rule there.");

    /// <summary>The expression with every <c>Apply</c> replaced by the body of its rule.</summary>
    public static Expression<TDelegate> Inline<TDelegate>(this Expression<TDelegate> expression) => (Expression<TDelegate>)new Inliner().Visit(expression);

    private sealed class Inliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(RuleInlining) || node.Method.Name != nameof(Apply))
            {
                return base.VisitMethodCall(node);
            }
            var rule = (LambdaExpression)Evaluate(node.Arguments[0]);
            var body = rule.Body;
            for (var i = 0; i < rule.Parameters.Count; i++)
            {
                body = body.Replace(rule.Parameters[i], Visit(node.Arguments[i + 1]));
            }
            // A rule may itself apply another.
            return Visit(body);
        }

        /// <summary>The rule's value: a static field or property holding it, or anything else evaluated once here.</summary>
        private static object Evaluate(Expression holder) => holder switch
        {
            MemberExpression { Expression: null, Member: FieldInfo field } => field.GetValue(null)!,
            MemberExpression { Expression: null, Member: PropertyInfo property } => property.GetValue(null)!,
            _ => Expression.Lambda<Func<object>>(Expression.Convert(holder, typeof(object))).Compile()(),
        };
    }
}
