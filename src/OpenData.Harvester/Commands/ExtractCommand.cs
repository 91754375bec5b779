using System.CommandLine;
using OpenData.Core;
using OpenData.Ingest.Contract;
using OpenData.Ingest.Formats;
using OpenData.Ingest.Reading;

namespace OpenData.Harvester.Commands;

/// <summary>
/// `extract [--format auto|html|text|pdf] [--url URL] FILE...`: the contract's JSON Lines, one line per file in the
/// order given, without a database. A file that cannot be read gets a line with "error"; the batch goes on.
/// </summary>
public static class ExtractCommand
{
    /// <summary>Löfte documents are pages and short PDFs; anything larger is refused before it is read.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public static Command Create(GlobalOptionSet global)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Files to read: HTML, PDF or plain text; a folder stands for the files in it." };
        var format = new Option<string>("--format") { Description = "auto (sniff the bytes), html, text or pdf.", DefaultValueFactory = _ => "auto" };
        format.AcceptOnlyFromAmong("auto", "html", "text", "pdf");
        var url = new Option<string?>("--url") { Description = "The address the file was fetched from (only with one FILE)." };
        var command = new Command("extract", "Read löften out of files and print the contract's JSON Lines.") { files, format, url };
        command.Validators.Add(r =>
        {
            if (r.GetValue(url) is not null && r.GetValue(files)?.Length > 1)
            {
                r.AddError("--url goes with exactly one FILE.");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var options = global.Read(parse);
            var extractor = Extractor.Create(DataDirectory.Locate(options.DataDirectory));
            var chosen = parse.GetValue(format) switch
            {
                "html" => DocumentFormat.Html,
                "text" => DocumentFormat.Text,
                "pdf" => DocumentFormat.Pdf,
                _ => (DocumentFormat?)null,
            };
            var expanded = Expand(parse.GetValue(files)!);
            if (parse.GetValue(url) is not null && expanded.Count > 1)
            {
                Console.Error.WriteLine($"extract: --url goes with exactly one file, and the folder holds {expanded.Count}.");
                return 2;
            }
            var failures = 0;
            await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
            foreach (var file in expanded)
            {
                var line = ExtractOne(extractor, file, chosen, parse.GetValue(url));
                if (line is ExtractionError)
                {
                    failures++;
                }
                await stdout.WriteLineAsync(ContractJson.Serialize(line));
                ct.ThrowIfCancellationRequested();
            }
            await stdout.FlushAsync(ct);
            return failures == 0 ? 0 : 1;
        });
        return command;
    }

    /// <summary>
    /// The files to read, in the order given: a folder stands for the files directly in it, by name (hidden ones
    /// left out); a folder with none stays itself, so that its line says so.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments)
    {
        var result = new List<string>();
        foreach (var argument in arguments)
        {
            if (!Directory.Exists(argument))
            {
                result.Add(argument);
                continue;
            }
            var inside = Directory.EnumerateFiles(argument).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToList();
            result.AddRange(inside.Count > 0 ? inside : [argument]);
        }
        return result;
    }

    /// <summary>One file's line: its reading, or why it could not be read.</summary>
    public static object ExtractOne(Extractor extractor, string file, DocumentFormat? format, string? url)
    {
        try
        {
            if (Directory.Exists(file))
            {
                return new ExtractionError(file, "a folder with no files in it");
            }
            var info = new FileInfo(file);
            if (!info.Exists)
            {
                return new ExtractionError(file, "no such file");
            }
            if (info.Length > MaxFileBytes)
            {
                return new ExtractionError(file, $"too large to be a löfte document: {info.Length / (1024 * 1024)} MB, the limit is {MaxFileBytes / (1024 * 1024)} MB");
            }
            var body = File.ReadAllBytes(file);
            return ExtractedDocument.From(extractor.Extract(body, null, url, format), file);
        }
        catch (UnreadableDocumentException e)
        {
            return new ExtractionError(file, e.Message);
        }
        catch (IOException e)
        {
            return new ExtractionError(file, $"cannot read the file: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return new ExtractionError(file, $"cannot read the file: {e.Message}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fault in reading one file is that file's error line; the batch goes on.
            return new ExtractionError(file, $"could not be read: {e.GetType().Name}: {e.Message}");
        }
    }
}
