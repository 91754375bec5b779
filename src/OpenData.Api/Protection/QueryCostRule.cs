using System.Globalization;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using OpenData.Api.Features.Paging;

namespace OpenData.Api.Protection;

/// <summary>
/// Refuses, before anything runs, a query that would nest too deep or resolve too many fields, with a message that
/// says why and what to do instead. Lists count at their <c>first</c> or their expected size (<see cref="ListSizes"/>).
/// Introspection costs nothing, and a query of introspection alone is not held to the depth limit: the standard
/// introspection query nests its type references deeper than any data query needs to.
/// </summary>
public sealed class QueryCostRule(ApiLimits limits) : ComplexityValidationRule(new ComplexityOptions
{
    MaxDepth = limits.MaxDepth,
    MaxComplexity = limits.MaxComplexity,
    DefaultListImpactMultiplier = PageRequest.DefaultSize,
})
{
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        if (totalComplexity > limits.MaxComplexity)
        {
            context.ReportError(new ComplexityError(string.Format(CultureInfo.InvariantCulture,
                "This query would resolve about {0:N0} fields; at most {1:N0} are allowed. Lists multiply: every field " +
                "counts once for each item of each list above it (100 kommuner × their löften × their promises is far " +
                "too many). Ask for fewer items with `first` and page with `after`, or download everything at once " +
                "from /export/loften.jsonl or /export/promises.csv.",
                Math.Ceiling(totalComplexity), limits.MaxComplexity)));
        }
        if (maxDepth > limits.MaxDepth && !IsIntrospectionOnly(context.Operation))
        {
            context.ReportError(new ComplexityError(string.Format(CultureInfo.InvariantCulture,
                "This query nests {0} levels deep; at most {1} are allowed. Ask for the inner objects by id with `node(id:)` instead.",
                maxDepth, limits.MaxDepth)));
        }
        return ValueTask.CompletedTask;
    }

    private static bool IsIntrospectionOnly(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.Value.Span.StartsWith("__"));
}
