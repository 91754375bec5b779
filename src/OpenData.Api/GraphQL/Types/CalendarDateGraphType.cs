using GraphQL.Types;

namespace OpenData.Api.GraphQL.Types;

/// <summary>The schema's Date scalar: a calendar date as 2024-03-01.</summary>
public sealed class CalendarDateGraphType : DateOnlyGraphType
{
    public CalendarDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date, ISO 8601: 2024-03-01.";
    }
}
