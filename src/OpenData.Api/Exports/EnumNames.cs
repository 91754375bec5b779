using GraphQL;

namespace OpenData.Api.Exports;

/// <summary>
/// Enum values as the GraphQL schema spells them (LofteSuperseded → LOFTE_SUPERSEDED), so the files and the API agree:
/// graphql-dotnet's enumeration types name their values by the same <see cref="StringExtensions.ToConstantCase"/>.
/// </summary>
internal static class EnumNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToConstantCase();
}
