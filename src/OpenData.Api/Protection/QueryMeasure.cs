using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using OpenData.Api.Features.Paging;

namespace OpenData.Api.Protection;

/// <summary>
/// What one operation of a parsed document would cost, measured before it is validated or run, on every query
/// introspection included. Each fragment is collected once and each field's subtree measured once, whatever the
/// number of places it is spread, so a document of n selections is measured in about n² steps at worst, never in
/// the exponential number of fields a chain of fragments can stand for.
/// </summary>
/// <param name="Selections">Fields, fragment spreads and inline fragments written in the whole document.</param>
/// <param name="ExpandedFields">Fields resolved with every fragment spread in place, counting each list as one item.</param>
/// <param name="EstimatedFields">
/// Fields resolved, each counted once per item of every list above it: a list counts at its <c>first</c>, its
/// declared size (<see cref="ComplexityImpacts"/>) or <see cref="PageRequest.DefaultSize"/>; the lists of
/// introspection count once, as the schema bounds them.
/// </param>
/// <param name="DataDepth">Nesting of the data fields: fields with a selection, one in another.</param>
/// <param name="IntrospectionDepth">The same for <c>__schema</c> and <c>__type</c>.</param>
/// <param name="IntrospectionLists">Lists of types' fields, interfaces, possible types and input fields nested in one another.</param>
/// <param name="MostFieldsOfOneName">
/// The most fields that answer at one place of the answer: those of one name in one selection, aliases and
/// fragments included, with those of the same name under every parent that answers at the same place.
/// </param>
/// <param name="NameMostRepeated">That place, as a path of response names ("kommun.lan").</param>
public sealed record QueryMeasure(
    int Selections,
    double ExpandedFields,
    double EstimatedFields,
    int DataDepth,
    int IntrospectionDepth,
    int IntrospectionLists,
    double MostFieldsOfOneName,
    string? NameMostRepeated)
{
    /// <summary>Nesting too deep to measure reads as this depth: deeper than any limit.</summary>
    public const int Unmeasurable = int.MaxValue;

    /// <summary>Counts the selections of a document, the first and cheapest check.</summary>
    public static int SelectionsOf(GraphQLDocument document)
    {
        var count = 0;
        var pending = new Stack<GraphQLSelectionSet>();
        foreach (var definition in document.Definitions.OfType<GraphQLExecutableDefinition>())
        {
            pending.Push(definition.SelectionSet);
        }
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                count++;
                if (selection is IHasSelectionSetNode { SelectionSet: { } inner })
                {
                    pending.Push(inner);
                }
            }
        }
        return count;
    }

    /// <summary>
    /// Measures <paramref name="operation"/> of <paramref name="document"/> against <paramref name="schema"/>. The
    /// fields at each place of the answer are counted only when there are at most <paramref name="placesWithin"/>
    /// fields with every fragment spread (their walk visits each of them), else read as <see cref="Unmeasurable"/>.
    /// </summary>
    public static QueryMeasure Of(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs variables, int placesWithin)
    {
        schema.Initialize();
        var measurer = new Measurer(schema, document, operation, variables, placesWithin);
        try
        {
            return measurer.Measure();
        }
        catch (InsufficientExecutionStackException)
        {
            // Nesting this deep is refused whatever else it holds.
            return new QueryMeasure(SelectionsOf(document), 0, 0, Unmeasurable, Unmeasurable, 0, 0, null);
        }
    }

    /// <summary>A field as the schema knows it: its definition and the type it is selected on; null where the schema has none.</summary>
    private sealed record FieldInfo(FieldType? Definition, bool IsIntrospection);

    /// <summary>What a field's selection holds below it, measured once per field.</summary>
    private readonly record struct Subtree(double Estimated, double Expanded, int Depth, int IntrospectionLists);

    private sealed class Measurer(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs variables, int placesWithin)
    {
        private static readonly string[] IntrospectionLists = ["fields", "inputFields", "interfaces", "possibleTypes"];

        private readonly Dictionary<GraphQLField, FieldInfo> _fields = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = [];
        private readonly Dictionary<GraphQLSelectionSet, Dictionary<GraphQLField, double>> _collected = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<GraphQLSelectionSet> _collecting = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<GraphQLField, Subtree> _subtrees = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<GraphQLField> _measuring = new(ReferenceEqualityComparer.Instance);
        private double _mostOfOneName;
        private string? _nameMostRepeated;

        public QueryMeasure Measure()
        {
            foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            {
                _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
                Resolve(fragment.SelectionSet, schema.AllTypes[fragment.TypeCondition.Type.Name.Value]);
            }
            Resolve(operation.SelectionSet, operation.Operation switch
            {
                OperationType.Query => schema.Query,
                OperationType.Mutation => schema.Mutation,
                _ => schema.Subscription,
            });

            var root = Collect(operation.SelectionSet);
            double estimated = 0, expanded = 0;
            int dataDepth = 0, introspectionDepth = 0, lists = 0;
            foreach (var (field, times) in root)
            {
                var below = SubtreeOf(field);
                estimated += times * (1 + Multiplier(field, null) * below.Estimated);
                expanded += times * (1 + below.Expanded);
                lists = Math.Max(lists, below.IntrospectionLists);
                if (_fields[field].IsIntrospection)
                {
                    introspectionDepth = Math.Max(introspectionDepth, below.Depth);
                }
                else
                {
                    dataDepth = Math.Max(dataDepth, below.Depth);
                }
            }
            if (expanded <= placesWithin)
            {
                CountPlaces(root, "");
            }
            else
            {
                _mostOfOneName = Unmeasurable;
            }
            return new QueryMeasure(SelectionsOf(document), expanded, estimated, dataDepth, introspectionDepth, lists, _mostOfOneName, _nameMostRepeated);
        }

        /// <summary>
        /// Counts the fields that answer at each place of the answer, as execution merges them: the fields of one
        /// name among siblings, then their children together, and so on down. The engine's validation compares
        /// every pair at one place, so their number squared is its work there.
        /// </summary>
        private void CountPlaces(Dictionary<GraphQLField, double> siblings, string path)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            foreach (var place in siblings.GroupBy(f => (f.Key.Alias?.Name ?? f.Key.Name).StringValue))
            {
                var count = place.Sum(f => f.Value);
                if (count > _mostOfOneName)
                {
                    _mostOfOneName = count;
                    _nameMostRepeated = path + place.Key;
                }
                var children = new Dictionary<GraphQLField, double>(ReferenceEqualityComparer.Instance);
                foreach (var (field, times) in place)
                {
                    if (field.SelectionSet is { } set)
                    {
                        foreach (var (child, each) in Collect(set))
                        {
                            children[child] = children.GetValueOrDefault(child) + times * each;
                        }
                    }
                }
                if (children.Count > 0)
                {
                    CountPlaces(children, path + place.Key + ".");
                }
            }
        }

        /// <summary>Finds every written field's definition, from the type of the selection it is written in.</summary>
        private void Resolve(GraphQLSelectionSet set, IGraphType? type)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        var definition = DefinitionOf(field, type);
                        var introspection = type?.Name.StartsWith("__", StringComparison.Ordinal) == true ||
                            (type == schema.Query && definition is not null && field.Name.Value.Span.StartsWith("__") && field.Name.Value.Span is not "__typename");
                        _fields[field] = new FieldInfo(definition, introspection);
                        if (field.SelectionSet is { } inner)
                        {
                            Resolve(inner, definition?.ResolvedType?.GetNamedType());
                        }
                        break;
                    case GraphQLInlineFragment inline:
                        Resolve(inline.SelectionSet, inline.TypeCondition is { } condition ? schema.AllTypes[condition.Type.Name.Value] : type);
                        break;
                }
            }
        }

        private FieldType? DefinitionOf(GraphQLField field, IGraphType? type)
        {
            var name = field.Name.Value;
            if (name.Span is "__typename")
            {
                return schema.TypeNameMetaFieldType;
            }
            if (type == schema.Query && name.Span is "__schema")
            {
                return schema.SchemaMetaFieldType;
            }
            if (type == schema.Query && name.Span is "__type")
            {
                return schema.TypeMetaFieldType;
            }
            return (type as IComplexGraphType)?.GetField(name);
        }

        /// <summary>
        /// The fields a selection resolves on one object, each with how many times it is written there (fragments
        /// spread in place, as many times as they are spread). A fragment's own selection is collected once.
        /// </summary>
        private Dictionary<GraphQLField, double> Collect(GraphQLSelectionSet set)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            if (_collected.TryGetValue(set, out var known))
            {
                return known;
            }
            var fields = new Dictionary<GraphQLField, double>(ReferenceEqualityComparer.Instance);
            // A fragment that spreads itself is a cycle, which validation refuses; here it adds nothing.
            if (!_collecting.Add(set))
            {
                return fields;
            }
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        fields[field] = fields.GetValueOrDefault(field) + 1;
                        break;
                    case GraphQLInlineFragment inline:
                        AddAll(fields, Collect(inline.SelectionSet));
                        break;
                    case GraphQLFragmentSpread spread when _fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                        AddAll(fields, Collect(fragment.SelectionSet));
                        break;
                }
            }
            _collecting.Remove(set);
            _collected[set] = fields;
            return fields;
        }

        private static void AddAll(Dictionary<GraphQLField, double> into, Dictionary<GraphQLField, double> from)
        {
            foreach (var (field, times) in from)
            {
                into[field] = into.GetValueOrDefault(field) + times;
            }
        }

        /// <summary>What a field's selection holds, in cost, fields, depth and introspection lists; measured once per field.</summary>
        private Subtree SubtreeOf(GraphQLField field)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            if (field.SelectionSet is null)
            {
                return default;
            }
            if (_subtrees.TryGetValue(field, out var known))
            {
                return known;
            }
            // A field inside a fragment that spreads itself: a cycle, which validation refuses.
            if (!_measuring.Add(field))
            {
                return default;
            }
            double estimated = 0, expanded = 0;
            int depth = 0, lists = 0;
            foreach (var (child, times) in Collect(field.SelectionSet))
            {
                var below = SubtreeOf(child);
                estimated += times * (1 + Multiplier(child, field) * below.Estimated);
                expanded += times * (1 + below.Expanded);
                depth = Math.Max(depth, below.Depth);
                lists = Math.Max(lists, below.IntrospectionLists);
            }
            var info = _fields[field];
            var isList = info.IsIntrospection && IntrospectionLists.Contains(field.Name.StringValue) && info.Definition is not null;
            var subtree = new Subtree(estimated, expanded, depth + 1, lists + (isList ? 1 : 0));
            _measuring.Remove(field);
            _subtrees[field] = subtree;
            return subtree;
        }

        /// <summary>How many items a field's children count for: 1 unless it is a list of data.</summary>
        private double Multiplier(GraphQLField field, GraphQLField? parent)
        {
            var info = _fields[field];
            if (info.Definition?.ResolvedType is not { } type || info.IsIntrospection)
            {
                return 1;
            }
            var lists = 0;
            for (var unwrapped = type is NonNullGraphType outer ? outer.ResolvedType : type; unwrapped is ListGraphType list;)
            {
                lists++;
                unwrapped = list.ResolvedType is NonNullGraphType inner ? inner.ResolvedType : list.ResolvedType;
            }
            if (lists == 0)
            {
                return 1;
            }
            var parentArguments = parent is null ? FieldArguments.None : new FieldArguments(parent, variables, operation.Variables);
            if (info.Definition.ExpectedItems(parentArguments) is { } declared)
            {
                return declared;
            }
            if (new FieldArguments(field, variables, operation.Variables).Int("first") is { } first)
            {
                return Math.Max(0, first);
            }
            // A connection's nodes and edges hold as many items as the connection field asks for.
            var parentIsList = parent is not null && _fields[parent].Definition?.ResolvedType is ListGraphType or NonNullGraphType { ResolvedType: ListGraphType };
            if (!parentIsList && parentArguments.Int("first") is { } pageSize)
            {
                return Math.Max(0, pageSize);
            }
            return Math.Pow(PageRequest.DefaultSize, lists);
        }
    }
}
