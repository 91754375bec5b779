using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace OpenData.Api.GraphQL.Types;

/// <summary>
/// The schema's DateTime: ISO 8601 with an offset, as before, and in arguments also a date alone ("2030-01-01"),
/// the start of that day in UTC. People ask for the changes since a day; a time of day they must not have to invent.
/// </summary>
public sealed class DateTimeOrDateGraphType : DateTimeGraphType
{
    public DateTimeOrDateGraphType()
    {
        Name = "DateTime";
        Description = "An instant in ISO 8601 with an offset (2024-03-01T10:00:00Z); given as an argument, a date alone (2024-03-01) is 00:00 UTC that day.";
    }

    public override object? ParseLiteral(GraphQLValue value) =>
        value is GraphQLStringValue s && AsDate((string)s.Value) is { } date ? date : base.ParseLiteral(value);

    public override object? ParseValue(object? value) =>
        value is string s && AsDate(s) is { } date ? date : base.ParseValue(value);

    public override bool CanParseLiteral(GraphQLValue value) =>
        (value is GraphQLStringValue s && AsDate((string)s.Value) is not null) || base.CanParseLiteral(value);

    public override bool CanParseValue(object? value) =>
        (value is string s && AsDate(s) is not null) || base.CanParseValue(value);

    private static DateTime? AsDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)
            : null;
}
