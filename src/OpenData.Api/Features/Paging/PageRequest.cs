namespace OpenData.Api.Features.Paging;

/// <summary>
/// A Relay-style page request: at most <see cref="First"/> items after the cursor <see cref="After"/>, and the total
/// over all pages when <see cref="CountTotal"/>. Counting reads every match, however small the page (on the bench's
/// 100× data, 5 ms to count the promises against well under 1 ms for a page of 20), so it is done only when asked.
/// </summary>
public sealed record PageRequest(int? First, string? After, bool CountTotal = true)
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
