using System.Globalization;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace OpenData.Api.Protection;

/// <summary>
/// Refuses, before validation and before anything runs, a document too large to check or an operation too costly
/// to answer, with a message that says why and what to do instead. Introspection is held to bounds of its own.
/// </summary>
public sealed class QueryBudget(ApiLimits limits)
{
    /// <summary>
    /// Lists of a type's fields, interfaces, possible types or input fields nested in one another (graphql-js's
    /// MaxIntrospectionDepthRule allows as many): the standard introspection query nests one.
    /// </summary>
    public const int MaxIntrospectionLists = 2;

    private const string Instead = "Ask for fewer items with `first` and page with `after`, or download everything at once from /export/loften.jsonl or /export/promises.csv.";

    /// <summary>The refusals for a document too large to measure; empty when it may be measured.</summary>
    public IReadOnlyList<string> RefuseDocument(GraphQLDocument document)
    {
        var refusals = new List<string>();
        var selections = QueryMeasure.SelectionsOf(document);
        if (selections > limits.MaxSelections)
        {
            refusals.Add(Format("This document has {0:N0} selections (fields, fragment spreads and inline fragments); at most {1:N0} are allowed. " +
                "Split it into several queries.", selections, limits.MaxSelections));
        }
        var fragments = document.Definitions.Count(d => d is GraphQLFragmentDefinition);
        if (fragments > limits.MaxFragments)
        {
            refusals.Add(Format("This document defines {0:N0} fragments; at most {1:N0} are allowed. Write the fields in place, or split it into several queries.",
                fragments, limits.MaxFragments));
        }
        return refusals;
    }

    /// <summary>The operation's measure and what it is refused for; no refusals when it may run.</summary>
    public (QueryMeasure Measure, IReadOnlyList<string> Refusals) Check(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs variables)
    {
        var measure = QueryMeasure.Of(schema, document, operation, variables, placesWithin: limits.MaxExpandedFields);
        var refusals = new List<string>();
        if (measure.MostFieldsOfOneName > limits.MaxFieldsOfOneName && measure.MostFieldsOfOneName != QueryMeasure.Unmeasurable)
        {
            refusals.Add(Format("This query asks for '{0}' {1:N0} times at one place of its answer (aliases, fragments and parents of the same " +
                "name included); at most {2:N0} are allowed, as every pair of them must be checked to merge. Ask for it once, or give each its own alias.",
                measure.NameMostRepeated, Rounded(measure.MostFieldsOfOneName), limits.MaxFieldsOfOneName));
        }
        if (measure.ExpandedFields > limits.MaxExpandedFields)
        {
            refusals.Add(Format("With each fragment spread where it is used, this query has {0:N0} fields; at most {1:N0} are allowed. " +
                "Spread fewer fragments, or split the query.", Rounded(measure.ExpandedFields), limits.MaxExpandedFields));
        }
        if (measure.EstimatedFields > limits.MaxComplexity)
        {
            refusals.Add(Format("This query would resolve about {0:N0} fields; at most {1:N0} are allowed. Lists multiply: every field " +
                "counts once for each item of each list above it (100 kommuner × their löften × their promises is far too many). " + Instead,
                Rounded(measure.EstimatedFields), limits.MaxComplexity));
        }
        if (measure.DataDepth > limits.MaxDepth)
        {
            refusals.Add(measure.DataDepth == QueryMeasure.Unmeasurable
                ? Format("This query nests deeper than it can be measured; at most {0} levels are allowed.", limits.MaxDepth)
                : Format("This query nests {0} levels deep; at most {1} are allowed. Ask for the inner objects by id with `node(id:)` instead.",
                    measure.DataDepth, limits.MaxDepth));
        }
        if (measure.IntrospectionDepth > limits.MaxIntrospectionDepth && measure.DataDepth != QueryMeasure.Unmeasurable)
        {
            refusals.Add(Format("This introspection query nests {0} levels deep; at most {1} are allowed.", measure.IntrospectionDepth, limits.MaxIntrospectionDepth));
        }
        if (measure.IntrospectionLists > MaxIntrospectionLists)
        {
            refusals.Add(Format("This introspection query nests lists of fields, interfaces, possible types or input fields {0} deep; at most {1} are allowed " +
                "(the standard introspection query nests one). Ask for the inner types by name with `__type(name:)`.", measure.IntrospectionLists, MaxIntrospectionLists));
        }
        return (measure, refusals);
    }

    /// <summary>Whether a query is costly enough to wait for one of the few heavy slots.</summary>
    public bool IsHeavy(QueryMeasure measure) => measure.EstimatedFields >= limits.HeavyQueryCost;

    /// <summary>Very large counts (a chain of fragments can stand for 2^n fields) are said as "more than a trillion".</summary>
    private static object Rounded(double count) => count > 1e12 ? "more than 1,000,000,000,000" : Math.Ceiling(count);

    private static string Format(string format, params object?[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
