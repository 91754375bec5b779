namespace OpenData.Core.Model;

/// <summary>One commitment of a löfte, with who makes it, what it is about, what it counts and where.</summary>
public sealed class Promise
{
    public int Id { get; set; }

    /// <summary>Stable across re-harvests: derived from the löfte's key and the text as first seen.</summary>
    public required string Key { get; set; }

    public int LofteId { get; set; }

    public Lofte? Lofte { get; set; }

    /// <summary>Position in the löfte, from 1.</summary>
    public int Ordinal { get; set; }

    public required string Text { get; set; }

    /// <summary>
    /// The stemmed words of <see cref="Text"/>, what full-text search indexes. Filled from the text on every save (see
    /// PromiseSearchTextInterceptor), never written by hand; null only for rows saved before the column existed.
    /// </summary>
    public string? SearchText { get; set; }

    /// <summary>The document this text was last read from.</summary>
    public int DocumentId { get; set; }

    public Document? Document { get; set; }

    public List<string> Places { get; set; } = [];

    public DateTime FirstSeen { get; set; }

    public DateTime LastSeen { get; set; }

    public DateTime? WithdrawnAt { get; set; }

    public List<PromiseActor> Actors { get; } = [];

    public List<PromiseTheme> Themes { get; } = [];

    public List<PromiseTarget> Targets { get; } = [];

    /// <summary>What published follow-ups report of it, every report kept.</summary>
    public List<FollowUp> FollowUps { get; } = [];
}

public sealed class PromiseActor
{
    public int PromiseId { get; set; }

    public Actor Actor { get; set; }
}

/// <summary>A theme a promise is about, with the taxonomy version and the words that decided it.</summary>
public sealed class PromiseTheme
{
    public int PromiseId { get; set; }

    public required string ThemeCode { get; set; }

    public Theme? Theme { get; set; }

    public required string TaxonomyVersion { get; set; }

    /// <summary>The words in the promise that decided the theme, so a reader can check why.</summary>
    public List<string> DecidedBy { get; set; } = [];
}

/// <summary>A number a promise binds itself to: "minst 4 riktade trafikinsatser under året" is 4 per år.</summary>
public sealed class PromiseTarget
{
    public int Id { get; set; }

    public int PromiseId { get; set; }

    public int Count { get; set; }

    /// <summary>Null where no period is stated; stored as its word (år, termin, månad, vecka).</summary>
    public TargetPeriod? Per { get; set; }

    public string? Unit { get; set; }
}
