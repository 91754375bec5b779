namespace OpenData.Api.Features.Kommuner;

/// <summary>A kommun as the API shows it, with its län (<see cref="KommunShape"/>).</summary>
public sealed record KommunView(string Code, string Name, LanView Lan)
{
    public string LanCode => Lan.Code;
}
