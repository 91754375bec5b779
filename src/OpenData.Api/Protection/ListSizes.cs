namespace OpenData.Api.Protection;

/// <summary>
/// How many items a list without <c>first</c> is expected to hold, for the complexity estimate: generous
/// averages of the real data (a kommun signs about one löfte a year; a löfte has 3 to 10 promises).
/// </summary>
public static class ListSizes
{
    public const int LoftenOfKommun = 10;
    public const int PromisesOfLofte = 10;
    public const int DocumentsOfLofte = 3;
    public const int KommunerOfLofte = 2;
    public const int LokalpolisomradenOf = 2;
    public const int KommunerOfLan = 15;
    public const int KommunerOfLokalpolisomrade = 5;
    public const int Lan = 21;
    public const int Themes = 13;
    public const int ThemesOfPromise = 3;
    public const int TargetsOfPromise = 2;
    public const int PeopleOfDocument = 3;
    public const int PromisesOfCell = 5;
    public const int Kommuner = 290;
    public const int SourcesOfKommun = 3;
    public const int LofteYearsOfKommun = 4;
    public const int FollowUpsOfPromise = 3;
    public const int FollowUpsOfDocument = 10;
}
