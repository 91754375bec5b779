namespace OpenData.Core.Model;

/// <summary>One of the seven police regions (Nord, Mitt, Stockholm, Öst, Väst, Syd, Bergslagen).</summary>
public sealed class Polisregion
{
    public required string Name { get; set; }

    public List<Lan> Lan { get; } = [];
}
