using GraphQL.Types;
using OpenData.Api.Features.Kommuner;
using OpenData.Api.Protection;

namespace OpenData.Api.GraphQL.Types;

public sealed class LanType : ObjectGraphType<LanView>
{
    public LanType()
    {
        Name = "Lan";
        Description = "A län (county), with its polisregion and kommuner.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Two-digit SCB länskod, a string: \"01\".").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The län's name: \"Västerbottens län\".").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("shortName").Description("The short form texts use: \"Västerbotten\".").Resolve(c => c.Source.ShortName);
        Field<NonNullGraphType<StringGraphType>>("polisregion").Description("The police region the län belongs to: \"Nord\".").Resolve(c => c.Source.Polisregion);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KommunType>>>>("kommuner")
            .Description("The län's kommuner, by name.")
            .ExpectItems(ListSizes.KommunerOfLan)
            .Resolve(c => c.Load((KommunLoaders l) => l.KommunerInLan, c.Source.Code));
    }
}
