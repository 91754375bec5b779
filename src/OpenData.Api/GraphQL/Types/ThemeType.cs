using GraphQL;
using GraphQL.Types;
using OpenData.Api.Features.Themes;

namespace OpenData.Api.GraphQL.Types;

public sealed class ThemeType : ObjectGraphType<ThemeView>
{
    public ThemeType()
    {
        Name = "Theme";
        Description = "A theme of the taxonomy (themes-v1): a stable code with Swedish and English labels.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The stable code: \"narkotika\".").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("sv").Description("Swedish label: \"Narkotika\".").Resolve(c => c.Source.Sv);
        Field<NonNullGraphType<StringGraphType>>("en").Description("English label: \"Narcotics\".").Resolve(c => c.Source.En);
        Field<StringGraphType>("about").Description("What the theme covers, in the taxonomy's words (Swedish).").Resolve(c => c.Source.About);
        Field<NonNullGraphType<IntGraphType>>("promiseCount")
            .Description("How many promises in force have this theme, counted over every theme at once. Withdrawn promises are not counted.")
            .Argument<IntGraphType>("year", "Only promises of löften that cover this calendar year.")
            .Argument<StringGraphType>("lan", "Only promises of löften with a kommun in this län (two-digit SCB länskod, \"24\").")
            .Resolve(c => c.Load((ThemeLoaders l) => l.PromiseCountOfTheme, (new ThemeCountKey(c.GetArgument<int?>("year"), c.GetArgument<string?>("lan")), c.Source.Code)));
    }
}
