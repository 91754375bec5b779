using GraphQL.Types;
using OpenData.Api.Features.Filtering;

namespace OpenData.Api.GraphQL.Types;

/// <summary>ASC or DESC, named as HotChocolate names it.</summary>
public sealed class SortEnumType : EnumerationGraphType<SortDirection>
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "The direction to order by.";
        this.Describe(SortDirection.Asc, "Ascending: smallest, earliest or A first.");
        this.Describe(SortDirection.Desc, "Descending: largest, latest or Ö first.");
    }
}
