namespace OpenData.Ingest.Reading.Themes.Evaluation;

/// <summary>True positives, false positives and false negatives of one theme (or of all, summed), with P, R and F1.</summary>
public sealed record ThemeScore(string Code, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>How many gold promises carry the theme.</summary>
    public int Gold => TruePositives + FalseNegatives;

    /// <summary>As the extraction scorer counts it: nothing predicted and nothing missed is perfect precision.</summary>
    public double Precision => TruePositives + FalsePositives > 0
        ? (double)TruePositives / (TruePositives + FalsePositives)
        : FalseNegatives == 0 ? 1 : 0;

    public double Recall => TruePositives + FalseNegatives > 0 ? (double)TruePositives / (TruePositives + FalseNegatives) : 1;

    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;

    public ThemeScore Add(bool predicted, bool gold) => (predicted, gold) switch
    {
        (true, true) => this with { TruePositives = TruePositives + 1 },
        (true, false) => this with { FalsePositives = FalsePositives + 1 },
        (false, true) => this with { FalseNegatives = FalseNegatives + 1 },
        _ => this,
    };
}
