namespace OpenData.Core.Model;

/// <summary>What a document is, in the extraction contract's terms.</summary>
public enum DocumentKind
{
    /// <summary>The löfte itself: its official text, the list of commitments.</summary>
    Lofte,

    /// <summary>News or a press release about löften.</summary>
    Nyhet,

    /// <summary>A report on how a löfte was carried out.</summary>
    Uppfoljning,
}

/// <summary>The word for each kind as the extraction contract writes it (lofte, nyhet, uppfoljning).</summary>
public static class DocumentKindWords
{
    public static string Word(this DocumentKind kind) => kind switch
    {
        DocumentKind.Lofte => "lofte",
        DocumentKind.Nyhet => "nyhet",
        DocumentKind.Uppfoljning => "uppfoljning",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
