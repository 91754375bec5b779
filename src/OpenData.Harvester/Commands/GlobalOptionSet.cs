using System.CommandLine;

namespace OpenData.Harvester.Commands;

/// <summary>The options every command takes: where data/ is, which database, how much to log.</summary>
public sealed class GlobalOptionSet
{
    public Option<string?> Data { get; } = new("--data") { Description = "The data/ folder (default: found above the working directory).", Recursive = true };

    public Option<string?> Database { get; } = new("--database") { Description = "Connection string (default: ConnectionStrings:OpenData, else data/opendata.db).", Recursive = true };

    public Option<string?> Provider { get; } = new("--provider") { Description = "Sqlite (the default) or Postgres (default: Database:Provider).", Recursive = true };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Log every step.", Recursive = true };

    public void AddTo(RootCommand root)
    {
        root.Options.Add(Data);
        root.Options.Add(Database);
        Provider.AcceptOnlyFromAmong("Sqlite", "Postgres", "sqlite", "postgres");
        root.Options.Add(Provider);
        root.Options.Add(Verbose);
    }

    public GlobalOptions Read(ParseResult parse) =>
        new(parse.GetValue(Data), parse.GetValue(Database), parse.GetValue(Verbose), parse.GetValue(Provider));
}
