using System.CommandLine;
using OpenData.Harvester.Commands;

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
return await root.Parse(args).InvokeAsync();
