using GraphQL;
using GraphQL.Types;
using OpenData.Api.GraphQL.Types;

namespace OpenData.Api.GraphQL;

/// <summary>The public schema. Its floor is ../shared/contract/schema.graphql: those names and shapes, at least.</summary>
public sealed class OpenDataSchema : Schema
{
    public OpenDataSchema(IServiceProvider services) : base(services)
    {
        Description = "Sweden's medborgarlöften: the promises Polisen and the kommuner make each other and their residents.";
        Query = services.GetRequiredService<QueryType>();
        this.ReplaceScalar(new DateTimeOrDateGraphType());
    }
}
