using OpenData.Core.Model;
using GraphQL.Types;
using OpenData.Api.Features.Documents;

namespace OpenData.Api.GraphQL.Types;

public sealed class PersonType : ObjectGraphType<PersonView>
{
    public PersonType()
    {
        Name = "Person";
        Description = "A person a document names.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name as published.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("role").Description("The role as the text gives it: \"lokalpolisområdeschef\".").Resolve(c => c.Source.Role);
        Field<StringGraphType>("organisation").Description("polis, kommun or annan.").Resolve(c => c.Source.Organisation?.Word());
    }
}
