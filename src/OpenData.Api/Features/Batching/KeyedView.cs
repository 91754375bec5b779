namespace OpenData.Api.Features.Batching;

/// <summary>A row of a batched read: the key it was asked for and the view it gives (an anonymous type cannot leave a compiled query's field).</summary>
public sealed record KeyedView<TView>(int Key, TView View);
