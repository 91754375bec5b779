namespace OpenData.Harvester.Sources;

/// <summary>One thing wrong or doubtful in the registry. An error stops a live harvest; a warning does not.</summary>
public sealed record RegistryProblem(RegistryProblem.Severity Level, string? Key, string Message)
{
    public enum Severity
    {
        Warning,
        Error,
    }

    public override string ToString() =>
        $"{(Level == Severity.Error ? "error" : "warning")}: {(Key is null ? "" : Key + ": ")}{Message}";
}
