using System.Globalization;
using OpenData.Api.Features;
using OpenData.Api.Features.Filtering;

namespace OpenData.Api.Rest;

/// <summary>
/// Query-string values read into the Features' typed filters. Kebab-case words (not-done) stand for the GraphQL
/// enums' names (NOT_DONE); anything else is refused with the values that would do.
/// </summary>
public static class RestParameters
{
    public static StringOperation? Equal(string? value) => string.IsNullOrWhiteSpace(value) ? null : new StringOperation { Eq = value.Trim() };

    public static IntOperation? Equal(int? value) => value is { } v ? new IntOperation { Eq = v } : null;

    public static TEnum? Word<TEnum>(string? value, string parameter) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(WordOf(candidate), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }
        throw new QueryException($"{parameter} must be one of {string.Join(", ", Enum.GetValues<TEnum>().Select(WordOf))} (got '{value}').");
    }

    /// <summary>An enum value as the REST door writes it: NotDone → not-done.</summary>
    public static string WordOf<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var word = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && word.Length > 0) word.Append('-');
            word.Append(char.ToLowerInvariant(c));
        }
        return word.ToString();
    }

    /// <summary>An RFC 3339 instant (2024-03-01T00:00:00Z, or with an offset), or a date alone for the start of that day in UTC.</summary>
    public static DateTime? Instant(string? value, string parameter)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }
        if (value.Contains('T', StringComparison.OrdinalIgnoreCase) &&
            DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at.UtcDateTime;
        }
        throw new QueryException($"{parameter} must be an RFC 3339 time such as 2024-03-01T00:00:00Z, or a date such as 2024-03-01 (got '{value}').");
    }

    /// <summary>A time of the data as the REST door writes it: RFC 3339, in UTC.</summary>
    public static DateTime Utc(DateTime stored) => DateTime.SpecifyKind(stored, DateTimeKind.Utc);
}
