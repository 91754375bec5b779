using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace OpenData.Api.Tests.Fixtures;

/// <summary>A schema read from SDL as what a client relies on: each type's kind, interfaces, fields with their argument and result types, enum values, and descriptions.</summary>
public sealed class SchemaOutline
{
    public sealed record Field(string Type, IReadOnlyDictionary<string, string> Arguments, bool Described, IReadOnlyList<string> UndescribedArguments);

    public sealed record TypeOutline(string Kind, bool Described, IReadOnlyList<string> Interfaces, IReadOnlyDictionary<string, Field> Fields, IReadOnlyList<string> EnumValues, IReadOnlyList<string> UndescribedEnumValues);

    public IReadOnlyDictionary<string, TypeOutline> Types { get; }

    private SchemaOutline(IReadOnlyDictionary<string, TypeOutline> types) => Types = types;

    public static SchemaOutline Parse(string sdl)
    {
        var types = new Dictionary<string, TypeOutline>();
        foreach (var definition in Parser.Parse(sdl).Definitions)
        {
            switch (definition)
            {
                case GraphQLObjectTypeDefinition o:
                    types[o.Name.StringValue] = new("type", o.Description is not null, Names(o.Interfaces?.Items), Fields(o.Fields?.Items), [], []);
                    break;
                case GraphQLInterfaceTypeDefinition i:
                    types[i.Name.StringValue] = new("interface", i.Description is not null, Names(i.Interfaces?.Items), Fields(i.Fields?.Items), [], []);
                    break;
                case GraphQLInputObjectTypeDefinition input:
                    types[input.Name.StringValue] = new("input", input.Description is not null, [],
                        (input.Fields?.Items ?? []).ToDictionary(f => f.Name.StringValue, f => new Field(Print(f.Type), new Dictionary<string, string>(), f.Description is not null, [])), [], []);
                    break;
                case GraphQLEnumTypeDefinition e:
                    var values = e.Values?.Items ?? [];
                    types[e.Name.StringValue] = new("enum", e.Description is not null, [], new Dictionary<string, Field>(),
                        values.Select(v => v.Name.StringValue).ToList(), values.Where(v => v.Description is null).Select(v => v.Name.StringValue).ToList());
                    break;
                case GraphQLScalarTypeDefinition s:
                    types[s.Name.StringValue] = new("scalar", s.Description is not null, [], new Dictionary<string, Field>(), [], []);
                    break;
            }
        }
        return new SchemaOutline(types);
    }

    private static List<string> Names(IEnumerable<GraphQLNamedType>? types) => types?.Select(t => t.Name.StringValue).ToList() ?? [];

    private static Dictionary<string, Field> Fields(IEnumerable<GraphQLFieldDefinition>? fields) => (fields ?? []).ToDictionary(
        f => f.Name.StringValue,
        f => new Field(
            Print(f.Type),
            (f.Arguments?.Items ?? []).ToDictionary(a => a.Name.StringValue, a => Print(a.Type)),
            f.Description is not null,
            (f.Arguments?.Items ?? []).Where(a => a.Description is null).Select(a => a.Name.StringValue).ToList()));

    private static string Print(GraphQLType type) => new SDLPrinter().Print(type);
}
