using GraphQL.Types;
using OpenData.Api.Features.Kommuner;
using OpenData.Api.Protection;

namespace OpenData.Api.GraphQL.Types;

public sealed class LokalpolisomradeType : ObjectGraphType<LokalpolisomradeView>
{
    public LokalpolisomradeType()
    {
        Name = "Lokalpolisomrade";
        Description = "A lokalpolisområde (local police area) as published löften name it.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("As written: \"Västra Mälardalen\", \"Jämtland/Härjedalen\".").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KommunType>>>>("kommuner")
            .Description("The kommuner the reference data pairs with it (a partial map: published löften are the source).")
            .ExpectItems(ListSizes.KommunerOfLokalpolisomrade)
            .Resolve(c => c.Load((KommunLoaders l) => l.KommunerOfLokalpolisomrade, c.Source.Id));
    }
}
