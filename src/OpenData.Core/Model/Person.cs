namespace OpenData.Core.Model;

/// <summary>A person a document names, with role and organisation as the text gives them.</summary>
public sealed class Person
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public required string Name { get; set; }

    public string? Role { get; set; }

    /// <summary>The organisation the text ties the person to; stored as its word (polis, kommun, annan).</summary>
    public Actor? Organisation { get; set; }
}
