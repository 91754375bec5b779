using System.Text.Json;
using OpenData.Testing;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.GraphQL;

public class SchemaFloorTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static readonly string[] BuiltIn = ["String", "Int", "Float", "Boolean", "ID"];

    /// <summary>
    /// The contract's floor, copied into the tests with the lines this repository's landed issues brought into it, so a
    /// clone on its own checks it. CI also names the contract's own copy in OPENDATA_SCHEMA_FLOOR, where it has one.
    /// </summary>
    public static string FloorFile { get; } = Path.Combine(RepositoryPaths.Root, "tests", "OpenData.Api.Tests", "Fixtures", "schema-floor.graphql");

    private static IEnumerable<string> Floors()
    {
        yield return FloorFile;
        if (Environment.GetEnvironmentVariable("OPENDATA_SCHEMA_FLOOR") is { Length: > 0 } other)
        {
            Assert.True(File.Exists(other), $"OPENDATA_SCHEMA_FLOOR names {other}, which does not exist");
            yield return other;
        }
    }

    private async Task<SchemaOutline> PrintedAsync() => SchemaOutline.Parse(await api.Client.GetStringAsync("/graphql/schema.graphql"));

    [Fact]
    public async Task The_printed_schema_has_every_type_field_argument_and_value_of_the_floor_with_the_same_shape()
    {
        var printed = await PrintedAsync();
        var missing = new List<string>();
        foreach (var (name, floor) in Floors().SelectMany(f => SchemaOutline.Parse(File.ReadAllText(f)).Types))
        {
            if (!printed.Types.TryGetValue(name, out var actual))
            {
                missing.Add($"type {name}");
                continue;
            }
            if (actual.Kind != floor.Kind) missing.Add($"{name} is a {actual.Kind}, the floor has a {floor.Kind}");
            missing.AddRange(floor.Interfaces.Except(actual.Interfaces).Select(i => $"{name} does not implement {i}"));
            missing.AddRange(floor.EnumValues.Except(actual.EnumValues).Select(v => $"{name}.{v}"));
            foreach (var (fieldName, field) in floor.Fields)
            {
                if (!actual.Fields.TryGetValue(fieldName, out var actualField))
                {
                    missing.Add($"{name}.{fieldName}");
                    continue;
                }
                if (actualField.Type != field.Type) missing.Add($"{name}.{fieldName} is {actualField.Type}, the floor says {field.Type}");
                foreach (var (argument, type) in field.Arguments)
                {
                    if (!actualField.Arguments.TryGetValue(argument, out var actualType)) missing.Add($"{name}.{fieldName}({argument})");
                    else if (actualType != type) missing.Add($"{name}.{fieldName}({argument}) is {actualType}, the floor says {type}");
                }
                // An argument beyond the floor must be optional, or a floor query would stop validating.
                missing.AddRange(actualField.Arguments.Where(a => !field.Arguments.ContainsKey(a.Key) && a.Value.EndsWith('!'))
                    .Select(a => $"{name}.{fieldName}({a.Key}) is required but not in the floor"));
            }
        }
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Every_type_field_argument_and_enum_value_has_a_description()
    {
        var undescribed = new List<string>();
        foreach (var (name, type) in (await PrintedAsync()).Types.Where(t => !t.Key.StartsWith("__", StringComparison.Ordinal) && !BuiltIn.Contains(t.Key)))
        {
            if (!type.Described) undescribed.Add(name);
            undescribed.AddRange(type.Fields.Where(f => !f.Value.Described).Select(f => $"{name}.{f.Key}"));
            undescribed.AddRange(type.Fields.SelectMany(f => f.Value.UndescribedArguments.Select(a => $"{name}.{f.Key}({a})")));
            undescribed.AddRange(type.UndescribedEnumValues.Select(v => $"{name}.{v}"));
        }
        Assert.Empty(undescribed);
    }

    [Fact]
    public async Task There_are_no_mutations_and_asking_for_one_is_refused_as_read_only()
    {
        var schema = await PrintedAsync();
        Assert.DoesNotContain("Mutation", schema.Types.Keys);
        var (response, body) = await api.PostAsync("mutation { kommun }");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("read-only", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Introspection_is_on_and_the_full_introspection_query_passes_the_limits()
    {
        var data = await api.QueryAsync(IntrospectionQuery);
        var types = data.GetProperty("__schema").GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("Kommun", types);
        Assert.Contains("ChangeKind", types);
    }

    /// <summary>The introspection query GraphiQL and code generators send: type references nested nine deep.</summary>
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        }
        """;
}
