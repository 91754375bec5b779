using OpenData.Api.Http;
using GraphQL.Types;
using OpenData.Api.Features.Loften;
using OpenData.Api.Protection;
using OpenData.Api.Features.Documents;
using OpenData.Api.Features.Promises;

namespace OpenData.Api.GraphQL.Types;

public sealed class LofteType : ObjectGraphType<LofteView>
{
    public LofteType()
    {
        Name = "Lofte";
        Description = "A medborgarlöfte: one agreement between Polisen and one or more kommuner for a period.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id, stable across harvests.").Resolve(c => GlobalId.Encode("Lofte", c.Source.Key));
        Field<NonNullGraphType<StringGraphType>>("key")
            .Description("The löfte's natural key: kommuner, area and period (\"2463/2017\"; \"?\" where the period is not published).")
            .Resolve(c => c.Source.Key);
        Field<StringGraphType>("area").Description("The part of a kommun the löfte is for, where a kommun has several (\"Kungsholmen\").").Resolve(c => c.Source.Area);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KommunType>>>>("kommuner")
            .Description("The kommuner that signed it.")
            .ExpectItems(ListSizes.KommunerOfLofte)
            .Resolve(c => c.Load((LofteLoaders l) => l.KommunerOfLofte, c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LokalpolisomradeType>>>>("lokalpolisomraden")
            .Description("The lokalpolisområden named as its party.")
            .ExpectItems(ListSizes.LokalpolisomradenOf)
            .Resolve(c => c.Load((LofteLoaders l) => l.LokalpolisomradenOfLofte, c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("years")
            .Description("Every calendar year it covers; empty where the published text gives no period.")
            .Resolve(c => c.Source.Years);
        Field<NonNullGraphType<LofteStatusType>>("status").Description("What it is today: in force (its years include this year), ended, replaced or withdrawn.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PromiseType>>>>("promises")
            .Description("Its promises in force, in published order. Empty where only an announcement of the löfte has been read.")
            .ExpectItems(ListSizes.PromisesOfLofte)
            .Resolve(c => c.Load((PromiseLoaders l) => l.PromisesOfLofte, c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("documents")
            .Description("Every document that states or announces it: polisen.se and the kommun's site may both.")
            .ExpectItems(ListSizes.DocumentsOfLofte)
            .Resolve(c => c.Load((DocumentLoaders l) => l.DocumentsOfLofte, c.Source.Id));
        Field<NonNullGraphType<DateTimeGraphType>>("firstSeen").Description("When the harvester first read it.").Resolve(c => c.Source.FirstSeen);
        Field<NonNullGraphType<DateTimeGraphType>>("lastSeen").Description("When the harvester last read it.").Resolve(c => c.Source.LastSeen);
        Field<NonNullGraphType<DateTimeGraphType>>("changedAt")
            .Description("When its data last changed (it, or one of its promises, added, changed, removed, replaced, withdrawn): not when it was last read.")
            .Resolve(c => c.Source.ChangedAt);
    }
}
