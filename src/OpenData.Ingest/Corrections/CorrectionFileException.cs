namespace OpenData.Ingest.Corrections;

/// <summary>A correction file that cannot be applied: names the file and the field, so that a person can fix it.</summary>
public sealed class CorrectionFileException(string file, string? field, string problem)
    : Exception(field is null ? $"{file}: {problem}" : $"{file}: field \"{field}\": {problem}")
{
    public string File { get; } = file;

    public string? Field { get; } = field;
}
