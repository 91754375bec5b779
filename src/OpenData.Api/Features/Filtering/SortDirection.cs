namespace OpenData.Api.Features.Filtering;

/// <summary>ASC or DESC, as HotChocolate's SortEnumType.</summary>
public enum SortDirection
{
    Asc,
    Desc,
}
