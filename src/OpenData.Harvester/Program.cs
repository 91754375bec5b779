using System.CommandLine;
using OpenData.Harvester.Commands;
using OpenData.Ingest.Corrections;

var global = new GlobalOptionSet();
var root = new RootCommand("OpenData harvester: finds, reads and stores Sweden's medborgarlöften.");
global.AddTo(root);
root.Subcommands.Add(ExtractCommand.Create(global));
root.Subcommands.Add(HarvestCommand.Create(global));
root.Subcommands.Add(ReclassifyCommand.Create(global));
root.Subcommands.Add(RereadCommand.Create(global));
root.Subcommands.Add(ThemesCommand.Create(global));
root.Subcommands.Add(FollowUpsCommand.Create(global));
root.Subcommands.Add(SourcesCommand.Create(global));
root.Subcommands.Add(ReportCommand.Create(global));
try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (CorrectionFileException e)
{
    // A person's file to fix, not a fault of the program: its name and field, no stack trace; nothing was written.
    await Console.Error.WriteLineAsync($"bad correction file: {e.Message}");
    return 2;
}
catch (OperationCanceledException)
{
    return 130;
}
catch (Exception e)
{
    // What the default handler printed before corrections needed their own message.
    await Console.Error.WriteLineAsync($"Unhandled exception: {e}");
    return 1;
}
