namespace OpenData.Ingest.Reading.Themes.Evaluation;

/// <summary>
/// How well a classifier reproduces the gold themes, classifying each gold promise's own text so that the figure
/// measures the classifier alone, not how promises were split out of a page.
/// </summary>
public sealed record ThemeEvaluation(
    string TaxonomyVersion,
    int Promises,
    IReadOnlyList<ThemeScore> PerTheme,
    ThemeScore Micro,
    IReadOnlyList<ThemeEvaluation.Miss> Misses)
{
    /// <summary>The unweighted mean of the per-theme F1 of themes that occur in the gold or the predictions.</summary>
    public double MacroF1 => PerTheme.Where(s => s.Gold + s.FalsePositives > 0).Select(s => s.F1).DefaultIfEmpty(0).Average();

    /// <summary>A promise whose predicted themes differ from the gold, with the words that decided each prediction.</summary>
    public sealed record Miss(GoldPromise Promise, IReadOnlyList<ThemeMatch> Predicted);

    public static ThemeEvaluation Run(IThemeClassifier classifier, IReadOnlyList<string> codes, IReadOnlyList<GoldPromise> gold)
    {
        var unknown = gold.SelectMany(g => g.Themes.Select(t => (g.Case, Theme: t))).FirstOrDefault(x => !codes.Contains(x.Theme));
        if (unknown.Theme is not null)
        {
            throw new InvalidDataException($"case {unknown.Case}: theme '{unknown.Theme}' is not in {classifier.TaxonomyVersion}");
        }
        var scores = codes.ToDictionary(c => c, c => new ThemeScore(c, 0, 0, 0));
        var misses = new List<Miss>();
        foreach (var promise in gold)
        {
            var predicted = classifier.Classify(promise.Text);
            var codesPredicted = predicted.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
            foreach (var code in codes)
            {
                scores[code] = scores[code].Add(codesPredicted.Contains(code), promise.Themes.Contains(code));
            }
            if (!codesPredicted.SetEquals(promise.Themes))
            {
                misses.Add(new Miss(promise, predicted));
            }
        }
        var perTheme = codes.Select(c => scores[c]).ToList();
        var micro = new ThemeScore("micro",
            perTheme.Sum(s => s.TruePositives), perTheme.Sum(s => s.FalsePositives), perTheme.Sum(s => s.FalseNegatives));
        return new ThemeEvaluation(classifier.TaxonomyVersion, gold.Count, perTheme, micro, misses);
    }
}
