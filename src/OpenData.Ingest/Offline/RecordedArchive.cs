using OpenData.Ingest;
using System.Security.Cryptography;
using System.Text.Json;
using OpenData.Core;
using OpenData.Core.Model;

namespace OpenData.Ingest.Offline;

/// <summary>
/// The recorded pages of data/archive: bodies stored once by SHA-256 under bodies/, and one metadata file per
/// snapshot under snapshots/ saying where and when the body was read and whom to credit. The offline default
/// harvests these through the same path as live fetches.
/// </summary>
public sealed class RecordedArchive(string root)
{
    public static RecordedArchive In(DataDirectory data) => new(data.Archive);

    public string Root { get; } = root;

    public string BodiesFolder => Path.Combine(Root, "bodies");

    public string SnapshotsFolder => Path.Combine(Root, "snapshots");

    /// <summary>Every recorded snapshot, in file-name order, each checked against its body's hash.</summary>
    public IEnumerable<FetchedBody> ReadAll()
    {
        if (!Directory.Exists(SnapshotsFolder))
        {
            yield break;
        }
        foreach (var file in Directory.EnumerateFiles(SnapshotsFolder, "*.json").Order(StringComparer.Ordinal))
        {
            yield return Read(file);
        }
    }

    public FetchedBody Read(string metadataFile)
    {
        var meta = JsonSerializer.Deserialize<RecordedSnapshot>(File.ReadAllBytes(metadataFile))
            ?? throw new InvalidDataException($"{metadataFile}: empty metadata");
        var bodyFile = Path.Combine(BodiesFolder, meta.Sha256);
        if (!File.Exists(bodyFile))
        {
            throw new InvalidDataException($"{metadataFile}: body {meta.Sha256} is missing from {BodiesFolder}");
        }
        var content = File.ReadAllBytes(bodyFile);
        var actual = Convert.ToHexStringLower(SHA256.HashData(content));
        if (actual != meta.Sha256)
        {
            throw new InvalidDataException($"{bodyFile}: content hashes to {actual}, not to its name");
        }
        var name = Path.GetFileNameWithoutExtension(metadataFile);
        return new FetchedBody
        {
            Source = new SourceRef(meta.SourceKey ?? $"recorded/{name}", meta.Url, SourceKind.Recorded, meta.Publisher),
            Content = content,
            ContentType = meta.ContentType,
            FetchedAt = meta.FetchedAt.ToUniversalTime(),
            Url = meta.Url,
            HttpStatus = meta.HttpStatus,
            ETag = meta.ETag,
            LastModified = meta.LastModified,
            Attribution = meta.Attribution,
            RecordedFrom = Path.GetRelativePath(Root, metadataFile),
        };
    }

    /// <summary>Adds a body and its metadata to the archive; the body is written once whatever its name.</summary>
    public string Record(string name, byte[] content, RecordedSnapshot metadata)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        Directory.CreateDirectory(BodiesFolder);
        Directory.CreateDirectory(SnapshotsFolder);
        var bodyFile = Path.Combine(BodiesFolder, sha);
        if (!File.Exists(bodyFile))
        {
            File.WriteAllBytes(bodyFile, content);
        }
        var metadataFile = Path.Combine(SnapshotsFolder, name + ".json");
        File.WriteAllText(metadataFile, JsonSerializer.Serialize(metadata with { Sha256 = sha }, RecordedSnapshot.JsonOptions) + "\n");
        return metadataFile;
    }
}
