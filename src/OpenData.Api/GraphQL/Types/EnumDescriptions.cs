using GraphQL.Types;

namespace OpenData.Api.GraphQL.Types;

internal static class EnumDescriptions
{
    /// <summary>Describes one value of an enum type, found by the C# value it stands for.</summary>
    public static void Describe<TEnum>(this EnumerationGraphType<TEnum> type, TEnum value, string description) where TEnum : Enum =>
        (type.Values.FindByValue(value) ?? throw new InvalidOperationException($"{type.Name} has no value {value}.")).Description = description;
}
