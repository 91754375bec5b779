using OpenData.Api.Http;
using GraphQL;
using GraphQL.Types;
using OpenData.Api.Features.Kommuner;
using OpenData.Api.Protection;
using OpenData.Api.Features.Loften;

namespace OpenData.Api.GraphQL.Types;

public sealed class KommunType : ObjectGraphType<KommunView>
{
    public KommunType()
    {
        Name = "Kommun";
        Description = "A kommun (municipality), keyed on its SCB kommunkod.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id.").Resolve(c => GlobalId.Encode("Kommun", c.Source.Code));
        Field<NonNullGraphType<StringGraphType>>("code").Description("Four-digit SCB kommunkod, a string: \"0180\".").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The kommun's name: \"Västerås\", \"Malung-Sälen\".").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<LanType>>("lan").Description("The län the kommun is in.").Resolve(c => c.Source.Lan);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LokalpolisomradeType>>>>("lokalpolisomraden")
            .Description("The lokalpolisområden the kommun has been paired with.")
            .ExpectItems(ListSizes.LokalpolisomradenOf)
            .Resolve(c => c.Load((KommunLoaders l) => l.LokalpolisomradenOfKommun, c.Source.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LofteType>>>>("loften")
            .Description("The kommun's löften, newest period first.")
            .ExpectItems(ListSizes.LoftenOfKommun)
            .Argument<BooleanGraphType>("current", "true: only löften in force this year (status CURRENT); false: only the others; omitted: all.")
            .Resolve(c => c.Load((LofteLoaders l) => l.LoftenOfKommun, (c.Source.Code, c.GetArgument<bool?>("current"))));
    }
}
