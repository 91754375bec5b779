using OpenData.Testing;

namespace OpenData.Api.Tests.Fixtures;

/// <summary>
/// The API over a copy of data/ whose corrections/ holds a reviewed correction of the Åsele 2017 löfte's body, written
/// before the offline import at start; or, with <see cref="UncorrectedCopyServer"/>, a copy that gets one later.
/// </summary>
public class CorrectedArchiveServer : ApiServer
{
    public const string AseleSha = "fafdbc0f5e63ca65f1f8ff8bbc5093ffe030d5e47039a4eb20bd34a470d5c125";

    public const string Reason = "Löftet förlängdes till 2018 enligt kommunens beslut; listan på sidan är avklippt.";

    public const string ReviewedBy = "Anna Lindqvist";

    public static readonly string Correction = $$"""
        {
          "reason": "{{Reason}}",
          "reviewedBy": "{{ReviewedBy}}",
          "years": [2017, 2018],
          "promises": [
            "Polisen genomför trafikkontroller vid skolorna varje termin.",
            "Kommunen och polisen genomför trygghetsvandringar i centrum två gånger per år."
          ]
        }
        """;

    private readonly TempFolder _folder = new("corrected-data");

    public CorrectedArchiveServer()
    {
        DataCopyRoot = DataCopy.Into(_folder);
        if (CorrectBeforeImport)
        {
            DataCopy.WriteCorrection(DataCopyRoot, AseleSha, Correction);
        }
    }

    public string DataCopyRoot { get; }

    protected override string DataRoot => DataCopyRoot;

    protected virtual bool CorrectBeforeImport => true;

}

/// <summary>The same copy of data/ with no correction at the import; a test writes one and runs `reread`.</summary>
public sealed class UncorrectedCopyServer : CorrectedArchiveServer
{
    protected override bool CorrectBeforeImport => false;
}
