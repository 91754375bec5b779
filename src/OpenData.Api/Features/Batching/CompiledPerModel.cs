using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OpenData.Api.Features.Batching;

/// <summary>
/// A compiled query (EF.CompileAsyncQuery) for each model it meets: EF binds a compiled query to the model of its
/// first execution and refuses any other, while one process may hold several (SQLite and PostgreSQL, or one per
/// test server). A server has one model, so it compiles once.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];

    /// <summary>The query compiled for the model of <paramref name="db"/>.</summary>
    public TQuery For(DbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
