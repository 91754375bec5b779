namespace OpenData.Api.Exports;

/// <summary>Enum values as the GraphQL schema spells them (LofteSuperseded → LOFTE_SUPERSEDED), so the files and the API agree.</summary>
internal static class EnumNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var result = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                result.Append('_');
            }
            result.Append(char.ToUpperInvariant(name[i]));
        }
        return result.ToString();
    }
}
