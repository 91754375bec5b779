using OpenData.Api.Http;
using GraphQL.Types;
using OpenData.Api.Features.Promises;
using OpenData.Api.Protection;
using OpenData.Api.Features.Loften;
using OpenData.Api.Features.Documents;
using OpenData.Api.Features.FollowUps;

namespace OpenData.Api.GraphQL.Types;

public sealed class PromiseType : ObjectGraphType<PromiseView>
{
    public PromiseType()
    {
        Name = "Promise";
        Description = "One commitment of a löfte: who makes it, what it is about, what it counts and where.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id, stable across harvests and rewordings.").Resolve(c => GlobalId.Encode("Promise", c.Source.Key));
        Field<NonNullGraphType<StringGraphType>>("text").Description("The commitment as published, whitespace folded, bullet removed.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<IntGraphType>>("ordinal").Description("Its position in the löfte, from 1.").Resolve(c => c.Source.Ordinal);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("actors")
            .Description("Who promises; empty where the text names nobody.")
            .Resolve(c => c.Load((PromiseLoaders l) => l.PartsOfPromise, (c.Source.Id, PromisePart.Actors), p => p!.Actors));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeType>>>>("themes")
            .Description("The themes of the taxonomy the promise is about.")
            .ExpectItems(ListSizes.ThemesOfPromise)
            .Resolve(c => c.Load((PromiseLoaders l) => l.PartsOfPromise, (c.Source.Id, PromisePart.Themes), p => p!.Themes));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetType>>>>("targets")
            .Description("The numbers it binds itself to.")
            .ExpectItems(ListSizes.TargetsOfPromise)
            .Resolve(c => c.Load((PromiseLoaders l) => l.PartsOfPromise, (c.Source.Id, PromisePart.Targets), p => p!.Targets));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("places")
            .Description("Named places inside the kommun it targets: stadsdelar, torg, \"Arboga centrum\".")
            .Resolve(c => c.Source.Places);
        Field<NonNullGraphType<LofteType>>("lofte").Description("The löfte it belongs to.").Resolve(c => c.LoadLofte(c.Source.LofteId));
        Field<NonNullGraphType<DateTimeGraphType>>("firstSeen").Description("When the harvester first read it.").Resolve(c => c.Source.FirstSeen);
        Field<NonNullGraphType<DateTimeGraphType>>("lastSeen").Description("When the harvester last read it.").Resolve(c => c.Source.LastSeen);
        Field<NonNullGraphType<DateTimeGraphType>>("changedAt")
            .Description("When its data last changed (added, reworded, withdrawn, a follow-up's verdict): not when it was last read.")
            .Resolve(c => c.Source.ChangedAt);
        Field<NonNullGraphType<DocumentType>>("document")
            .Description("The document its text was last read from, with the snapshot (address, time, SHA-256) behind it.")
            .Resolve(c => c.Load((DocumentLoaders l) => l.Document, c.Source.DocumentId));
        Field<StringGraphType>("highlight")
            .Description("Found by `search`: the text with each matching word in <mark>…</mark>, the rest HTML-escaped. Null outside a search.")
            .Resolve(c => c.Source.Hit?.Highlight);
        Field<FloatGraphType>("score")
            .Description("Found by `search`: how well the text matches (BM25, higher is better; compare within one search only). Null outside a search.")
            .Resolve(c => c.Source.Hit?.Score);
        Field<FollowUpStatusType>("status")
            .Description("The latest published follow-up's verdict; null where no follow-up was published (\"ingen uppföljning publicerad\").")
            .Resolve(c => c.Load((FollowUpLoaders l) => l.StatusOfPromise, c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FollowUpType>>>>("followUps")
            .Description("Every published report on it, oldest period first; the last gives `status`.")
            .ExpectItems(ListSizes.FollowUpsOfPromise)
            .Resolve(c => c.Load((FollowUpLoaders l) => l.FollowUpsOfPromise, c.Source.Id));
        Field<DateTimeGraphType>("withdrawnAt").Description("When a newer text of its source no longer stated it; null while in force.").Resolve(c => c.Source.WithdrawnAt);
    }
}
