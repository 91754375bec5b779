namespace OpenData.Ingest.Reading;

/// <summary>Swedish number words as published löften write counts ("fem trygghetsvandringar", "tolv besök").</summary>
public static class SwedishNumbers
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = 1, ["ett"] = 1, ["två"] = 2, ["tre"] = 3, ["fyra"] = 4, ["fem"] = 5, ["sex"] = 6, ["sju"] = 7,
        ["åtta"] = 8, ["nio"] = 9, ["tio"] = 10, ["elva"] = 11, ["tolv"] = 12, ["tretton"] = 13, ["fjorton"] = 14,
        ["femton"] = 15, ["sexton"] = 16, ["sjutton"] = 17, ["arton"] = 18, ["nitton"] = 19, ["tjugo"] = 20,
        ["trettio"] = 30, ["fyrtio"] = 40, ["femtio"] = 50, ["sextio"] = 60, ["sjuttio"] = 70, ["åttio"] = 80, ["nittio"] = 90,
        ["hundra"] = 100, ["ett hundra"] = 100, ["tvåhundra"] = 200, ["trehundra"] = 300, ["tusen"] = 1000,
        ["dubbelt"] = 2, ["ett par"] = 2,
    };

    /// <summary>The number a word stands for ("fem" → 5, "12" → 12), or null.</summary>
    public static int? Parse(string word)
    {
        if (int.TryParse(word, out var n))
        {
            return n;
        }
        return Words.TryGetValue(word, out var w) ? w : null;
    }
}
