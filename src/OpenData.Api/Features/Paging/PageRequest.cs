namespace OpenData.Api.Features.Paging;

/// <summary>A Relay-style page request: at most <see cref="First"/> items after the cursor <see cref="After"/>.</summary>
public sealed record PageRequest(int? First, string? After)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    /// <summary>The page size asked for, checked: 0 to 100, default 20.</summary>
    public int Size => First switch
    {
        null => DefaultSize,
        < 0 => throw new QueryException($"first must not be negative (got {First})."),
        > MaxSize => throw new QueryException($"first is capped at {MaxSize} (got {First}); page with after."),
        _ => First.Value,
    };

    public int Offset => After is null ? 0 : Cursor.Decode(After) + 1;
}
