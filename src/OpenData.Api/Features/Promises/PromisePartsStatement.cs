using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Features.Batching;
using OpenData.Api.Features.Filtering;
using OpenData.Api.Features.Themes;
using OpenData.Core.Model;
using OpenData.Core.Storage;

namespace OpenData.Api.Features.Promises;

/// <summary>
/// The actors, themes and targets of many promises in one statement (UNION ALL of the parts asked for): a page that
/// shows all three made three round trips for them, and on PostgreSQL a round trip, not the rows, was the cost.
/// </summary>
internal static class PromisePartsStatement
{
    /// <summary>One row of the union: an actor, a theme or a target of a promise, the other part's columns null.</summary>
    private sealed class PartRow
    {
        public int PromiseId { get; init; }
        public string? Actor { get; init; }
        public string? ThemeCode { get; init; }
        public string? ThemeSv { get; init; }
        public string? ThemeEn { get; init; }
        public string? ThemeAbout { get; init; }
        public int? TargetId { get; init; }
        public int? TargetCount { get; init; }
        public string? TargetPer { get; init; }
        public string? TargetUnit { get; init; }
    }

    // A set operation needs every branch to assign the same members in the same order. The enums are read as the
    // words they are stored as, and turned back by the model's own converters: EF reads a UNION's column with the
    // type of its first branch, where a part's NULL is an integer, not the word PostgreSQL sends.
    private static readonly Expression<Func<OpenDataContext, List<int>, IQueryable<PartRow>>> Actors = (db, keys) => db.Set<PromiseActor>()
        .Where(a => keys.Contains(a.PromiseId))
        .Select(a => new PartRow
        {
            PromiseId = a.PromiseId, Actor = (string)(object)a.Actor, ThemeCode = null, ThemeSv = null, ThemeEn = null, ThemeAbout = null,
            TargetId = null, TargetCount = null, TargetPer = null, TargetUnit = null,
        });

    private static readonly Expression<Func<OpenDataContext, List<int>, IQueryable<PartRow>>> Themes = (db, keys) => db.Set<PromiseTheme>()
        .Where(t => keys.Contains(t.PromiseId))
        .Select(t => new PartRow
        {
            PromiseId = t.PromiseId, Actor = null, ThemeCode = t.ThemeCode, ThemeSv = t.Theme!.Sv, ThemeEn = t.Theme.En, ThemeAbout = t.Theme.About,
            TargetId = null, TargetCount = null, TargetPer = null, TargetUnit = null,
        });

    private static readonly Expression<Func<OpenDataContext, List<int>, IQueryable<PartRow>>> Targets = (db, keys) => db.Set<PromiseTarget>()
        .Where(t => keys.Contains(t.PromiseId))
        .Select(t => new PartRow
        {
            PromiseId = t.PromiseId, Actor = null, ThemeCode = null, ThemeSv = null, ThemeEn = null, ThemeAbout = null,
            TargetId = t.Id, TargetCount = t.Count, TargetPer = (string?)(object?)t.Per, TargetUnit = t.Unit,
        });

    // Compiled once per combination of parts (seven at most), so that EF neither rewrites nor looks the statement up again per request.
    private static readonly CompiledPerModel<Func<OpenDataContext, List<int>, IAsyncEnumerable<PartRow>>>[] Compiled =
        [.. Enumerable.Range(0, (int)PromisePart.All + 1).Select(mask => new CompiledPerModel<Func<OpenDataContext, List<int>, IAsyncEnumerable<PartRow>>>(
            () => EF.CompileAsyncQuery(Union((PromisePart)mask))))];

    private static readonly System.Reflection.MethodInfo Concat = typeof(Queryable).GetMethods()
        .Single(m => m.Name == nameof(Queryable.Concat)).MakeGenericMethod(typeof(PartRow));

    /// <summary>The branches of the asked parts as one query over the same (db, keys).</summary>
    private static Expression<Func<OpenDataContext, List<int>, IQueryable<PartRow>>> Union(PromisePart parts)
    {
        // Actors and targets first: EF types a NULL from the other branch of its own UNION only, and gives a column
        // that is NULL on both sides its default type, which for the themes' columns is text, and unites with theirs.
        var branches = new[] { (PromisePart.Actors, Actors), (PromisePart.Targets, Targets), (PromisePart.Themes, Themes) }
            .Where(b => parts.HasFlag(b.Item1)).Select(b => b.Item2).ToList();
        if (branches.Count == 0)
        {
            return Actors; // compiled only if run, and a read of no parts never runs
        }
        var (db, keys) = (branches[0].Parameters[0], branches[0].Parameters[1]);
        var body = branches.Skip(1).Aggregate(branches[0].Body, (union, branch) =>
            Expression.Call(Concat, union, branch.Body.Replace(branch.Parameters[0], db).Replace(branch.Parameters[1], keys)));
        return Expression.Lambda<Func<OpenDataContext, List<int>, IQueryable<PartRow>>>(body, db, keys);
    }

    /// <summary>Each asked promise's parts, in the order the API shows them; <see cref="PromiseParts.None"/> for a promise with none.</summary>
    public static async Task<IReadOnlyDictionary<int, PromiseParts>> ReadAsync(OpenDataContext db, List<int> keys, PromisePart parts, CancellationToken ct)
    {
        var rows = parts == PromisePart.None || keys.Count == 0 ? [] : await Compiled[(int)parts].For(db)(db, keys).ToListAsync(ct);
        var byPromise = rows.ToLookup(r => r.PromiseId);
        var actorOf = WordsOf<PromiseActor, Actor>(db, nameof(PromiseActor.Actor));
        var periodOf = WordsOf<PromiseTarget, TargetPeriod>(db, nameof(PromiseTarget.Per));
        return keys.ToDictionary(k => k, k => byPromise[k] is var g && !g.Any() ? PromiseParts.None : new PromiseParts(
            [.. g.Where(r => r.Actor is not null).Select(r => actorOf(r.Actor!)).Order()],
            [.. g.Where(r => r.ThemeCode is not null).OrderBy(r => r.ThemeCode, StringComparer.Ordinal).Select(r => new ThemeView(r.ThemeCode!, r.ThemeSv!, r.ThemeEn!, r.ThemeAbout))],
            [.. g.Where(r => r.TargetId is not null).OrderBy(r => r.TargetId).Select(r => new TargetView(r.TargetCount!.Value, r.TargetPer is null ? null : periodOf(r.TargetPer), r.TargetUnit))]));
    }

    /// <summary>The value a stored word stands for, by the converter the model stores the property with.</summary>
    private static Func<string, TEnum> WordsOf<TEntity, TEnum>(OpenDataContext db, string property)
    {
        // A convention's conversion (enums as their names) is on the type mapping, not on the property.
        var converter = db.Model.FindEntityType(typeof(TEntity))!.FindProperty(property)!.GetTypeMapping().Converter!;
        return word => (TEnum)converter.ConvertFromProvider(word)!;
    }
}
