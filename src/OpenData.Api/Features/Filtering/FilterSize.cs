using System.Globalization;
using System.Linq.Expressions;

namespace OpenData.Api.Features.Filtering;

/// <summary>
/// How much one filter may ask: a few dozen conditions are all a question needs, and every one becomes a term of
/// the SQL, where thousands of them (an `or:` of 2,500 branches) pass the database's own limits and come back as an
/// error far from what caused it.
/// </summary>
public static class FilterSize
{
    /// <summary>Conditions combined with and/or in one filter, nested ones included.</summary>
    public const int MaxConditions = 100;

    /// <summary>Values in one <c>in</c> or <c>nin</c> list: every kommun's code fits.</summary>
    public const int MaxListValues = 1000;

    /// <summary>The predicate, when it combines at most <see cref="MaxConditions"/> conditions; else a refusal that says so.</summary>
    public static Expression<Func<T, bool>> Checked<T>(Expression<Func<T, bool>> predicate)
    {
        var joins = new JoinCounter();
        joins.Visit(predicate);
        var conditions = joins.Count + 1;
        if (conditions > MaxConditions)
        {
            throw new QueryException(string.Format(CultureInfo.InvariantCulture,
                "This filter combines {0:N0} conditions with and/or; at most {1:N0} are allowed. For a list of values use `in` " +
                "(`kommun: {{ in: [\"0114\", \"0115\"] }}`).", conditions, MaxConditions));
        }
        return predicate;
    }

    /// <summary>The list, when it holds at most <see cref="MaxListValues"/> values; else a refusal that names the operation.</summary>
    public static IReadOnlyList<T> Checked<T>(IReadOnlyList<T> values, string operation) =>
        values.Count <= MaxListValues
            ? values
            : throw new QueryException(string.Format(CultureInfo.InvariantCulture,
                "`{0}` holds {1:N0} values; at most {2:N0} are allowed.", operation, values.Count, MaxListValues));

    private sealed class JoinCounter : ExpressionVisitor
    {
        public int Count { get; private set; }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType is ExpressionType.AndAlso or ExpressionType.OrElse)
            {
                Count++;
            }
            return base.VisitBinary(node);
        }
    }
}
