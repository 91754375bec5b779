using System.Collections;
using System.Globalization;
using GraphQL;
using GraphQLParser.AST;

namespace OpenData.Api.Protection;

/// <summary>
/// The arguments of one field as written in a document, read before the document is validated: a literal, or a
/// variable's value from the request (else its default). What cannot be read (a wrong type, an unknown variable)
/// reads as absent; validation refuses it later.
/// </summary>
public sealed class FieldArguments
{
    /// <summary>A field without arguments, or none at all (the operation's root).</summary>
    public static readonly FieldArguments None = new(null, Inputs.Empty, null);

    private readonly GraphQLField? _field;
    private readonly Inputs _variables;
    private readonly GraphQLVariablesDefinition? _declared;

    public FieldArguments(GraphQLField? field, Inputs variables, GraphQLVariablesDefinition? declared)
    {
        _field = field;
        _variables = variables;
        _declared = declared;
    }

    /// <summary>An integer argument ("first").</summary>
    public int? Int(string name) => Read(name) switch
    {
        GraphQLIntValue literal when int.TryParse(literal.Value.Span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) => value,
        int value => value,
        long value when value is >= int.MinValue and <= int.MaxValue => (int)value,
        _ => null,
    };

    /// <summary>How many items a list argument holds; a single value counts as one (GraphQL coerces it to a list).</summary>
    public int? Count(string name) => Read(name) switch
    {
        null or GraphQLNullValue => null,
        GraphQLListValue literal => literal.Values?.Count ?? 0,
        GraphQLValue => 1,
        string => 1,
        IEnumerable values => values.Cast<object?>().Count(),
        _ => 1,
    };

    /// <summary>The argument's literal, or the value of the variable it names; null when absent.</summary>
    private object? Read(string name)
    {
        var argument = _field?.Arguments?.Items.FirstOrDefault(a => a.Name.Value.Span.SequenceEqual(name));
        if (argument?.Value is not GraphQLVariable variable)
        {
            return argument?.Value;
        }
        var variableName = variable.Name.StringValue;
        if (_variables.TryGetValue(variableName, out var given))
        {
            return given;
        }
        return _declared?.Items.FirstOrDefault(d => d.Variable.Name.Value.Span.SequenceEqual(variableName))?.DefaultValue;
    }
}
