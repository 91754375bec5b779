using GraphQL.Types;
using OpenData.Api.Features.Promises;

namespace OpenData.Api.GraphQL.Types;

public sealed class ThemeType : ObjectGraphType<ThemeView>
{
    public ThemeType()
    {
        Name = "Theme";
        Description = "A theme of the taxonomy (themes-v1): a stable code with Swedish and English labels.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The stable code: \"narkotika\".").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("sv").Description("Swedish label.").Resolve(c => c.Source.Sv);
        Field<NonNullGraphType<StringGraphType>>("en").Description("English label.").Resolve(c => c.Source.En);
    }
}
