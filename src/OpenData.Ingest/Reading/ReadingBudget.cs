using OpenData.Ingest.Formats;

namespace OpenData.Ingest.Reading;

/// <summary>
/// How much of a document the normalisers read. A löfte, with its news or follow-up, is a few thousand words; a
/// document many times longer (a whole annual report, a dump of a site) is read from its beginning, up to this
/// budget, so that reading stays fast whatever arrives. The rest is said to have been left, not silently dropped.
/// </summary>
public static class ReadingBudget
{
    public const int MaxCharacters = 400_000;

    /// <summary>
    /// The most promises one document adds. The longest löften list a few dozen; a page of 200,000 list items would
    /// otherwise put ten thousand "promises" in one löfte, and every list the API serves is costed by what it holds.
    /// </summary>
    public const int MaxPromises = 500;

    public static IReadOnlyList<TextBlock> Take(IReadOnlyList<TextBlock> blocks, ICollection<string> warnings)
    {
        var total = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            total += blocks[i].Text.Length;
            if (total > MaxCharacters)
            {
                warnings.Add($"the document is longer than any löfte: only its first {i:N0} of {blocks.Count:N0} blocks were read");
                return blocks.Take(i).ToList();
            }
        }
        return blocks;
    }

    /// <summary>The reading with its first <see cref="MaxPromises"/> promises, saying so when there were more.</summary>
    public static DocumentReading Bound(DocumentReading reading) =>
        reading.Promises.Count <= MaxPromises
            ? reading
            : reading with
            {
                Promises = reading.Promises.Take(MaxPromises).ToList(),
                Warnings = [.. reading.Warnings, $"the document lists {reading.Promises.Count:N0} promises, more than any löfte: only its first {MaxPromises:N0} were kept"],
            };
}
