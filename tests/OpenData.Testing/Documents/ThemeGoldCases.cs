namespace OpenData.Testing.Documents;

/// <summary>Gold theme cases written for the tests, in the shape of the extraction contract's expected answers.</summary>
public static class ThemeGoldCases
{
    /// <summary>Two gold cases of sentences written for the test: one promise right, one with a theme too many, one with one too few.</summary>
    public static TempFolder Write()
    {
        var folder = new TempFolder("theme-cases");
        File.WriteAllText(Path.Combine(folder.Path, "a.expected.json"), """
            { "kind": "lofte", "promises": [
              { "text": "Polisen ska genomföra trafikkontroller vid skolorna.", "themes": ["trafik", "barn_unga"] },
              { "text": "Kommunen ska sanera klotter inom ett dygn.", "themes": [] }
            ] }
            """);
        File.WriteAllText(Path.Combine(folder.Path, "b.expected.json"), """
            { "kind": "nyhet", "promises": [
              { "text": "Polisen ska arbeta mot langning.", "themes": ["alkohol_tobak", "barn_unga"] }
            ] }
            """);
        File.WriteAllText(Path.Combine(folder.Path, "a.txt"), "not read: only the gold is");
        return folder;
    }

}
