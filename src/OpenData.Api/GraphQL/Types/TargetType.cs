using OpenData.Core.Model;
using GraphQL.Types;
using OpenData.Api.Features.Promises;

namespace OpenData.Api.GraphQL.Types;

public sealed class TargetType : ObjectGraphType<TargetView>
{
    public TargetType()
    {
        Name = "Target";
        Description = "A number a promise binds itself to: \"minst 4 riktade trafikinsatser under året\" is count 4 per år.";
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many.").Resolve(c => c.Source.Count);
        Field<StringGraphType>("per").Description("år, termin, månad or vecka; null where no period is stated.").Resolve(c => c.Source.Per?.Word());
        Field<StringGraphType>("unit").Description("What is counted, as the text says it.").Resolve(c => c.Source.Unit);
    }
}
