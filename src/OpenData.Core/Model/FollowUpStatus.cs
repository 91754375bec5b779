namespace OpenData.Core.Model;

/// <summary>What a follow-up says became of a promise, on the plain scale a reader can compare across kommuner.</summary>
public enum FollowUpStatus
{
    /// <summary>Reported done: "löftet är genomfört", "har genomfört 21 tillsyner".</summary>
    Done,

    /// <summary>Reported done in part: "dock inte i den utsträckning vi önskat", "delvis".</summary>
    Partly,

    /// <summary>Reported as still under way: "pågår", "arbetet fortsätter".</summary>
    Ongoing,

    /// <summary>Reported not done: "har inte genomförts", "uteblev".</summary>
    NotDone,

    /// <summary>Reported dropped: "ställdes in", "avbröts".</summary>
    Cancelled,
}

/// <summary>
/// The words for each status: the contract's (done, partly, ongoing, not_done, cancelled) and the Swedish a person
/// reads ("rapporterat genomfört"). The only place where a status becomes text or text a status.
/// </summary>
public static class FollowUpStatusWords
{
    public static string Word(this FollowUpStatus status) => status switch
    {
        FollowUpStatus.Done => "done",
        FollowUpStatus.Partly => "partly",
        FollowUpStatus.Ongoing => "ongoing",
        FollowUpStatus.NotDone => "not_done",
        FollowUpStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static FollowUpStatus Parse(string word) => word switch
    {
        "done" => FollowUpStatus.Done,
        "partly" => FollowUpStatus.Partly,
        "ongoing" => FollowUpStatus.Ongoing,
        "not_done" => FollowUpStatus.NotDone,
        "cancelled" => FollowUpStatus.Cancelled,
        _ => throw new FormatException($"'{word}' is not a follow-up status (done, partly, ongoing, not_done or cancelled)"),
    };

    /// <summary>As the page and the CSV say it: what was reported, never a verdict of our own.</summary>
    public static string Swedish(this FollowUpStatus status) => status switch
    {
        FollowUpStatus.Done => "rapporterat genomfört",
        FollowUpStatus.Partly => "rapporterat delvis genomfört",
        FollowUpStatus.Ongoing => "rapporterat pågående",
        FollowUpStatus.NotDone => "rapporterat ej genomfört",
        FollowUpStatus.Cancelled => "rapporterat inställt",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
