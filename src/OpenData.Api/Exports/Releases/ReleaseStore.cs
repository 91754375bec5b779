using System.Collections.Concurrent;
using System.Text.Json;

namespace OpenData.Api.Exports.Releases;

/// <summary>
/// The releases folder: one folder per release, named by its <see cref="ReleaseId"/>, holding its files and its
/// release.json. A release is written into a folder of its own (<c>.writing-…</c>) and renamed into place whole,
/// release.json last of all, so a reader never finds half a release and a crash leaves only a work folder that no
/// listing shows. Nothing here deletes a release. Publishing is one writer at a time across threads and processes:
/// an exclusive lock on <c>.lock</c> in the folder, which the operating system releases with a process that dies.
/// </summary>
public sealed class ReleaseStore(ReleaseSettings settings, ILogger<ReleaseStore> logger)
{
    public const string ManifestName = "release.json";

    private const string WorkPrefix = ".writing-";

    private static readonly JsonSerializerOptions Json = new(OpenData.Api.Http.ReadableJson.Options)
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(100);

    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>Releases never change, so each is read from its release.json once.</summary>
    private readonly ConcurrentDictionary<string, ReleaseManifest> _read = new(StringComparer.Ordinal);

    public string Folder => settings.Folder;

    /// <summary>Every published release, newest first.</summary>
    public IReadOnlyList<ReleaseManifest> List()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }
        return Directory.EnumerateDirectories(Folder)
            .Select(Path.GetFileName)
            .Where(name => ReleaseId.TryParse(name, out _))
            .OrderDescending(StringComparer.Ordinal)
            .Select(name => Find(name!))
            .OfType<ReleaseManifest>()
            .ToList();
    }

    /// <summary>The release of that id, or null where there is none (or not yet a whole one).</summary>
    public ReleaseManifest? Find(string id)
    {
        if (!ReleaseId.TryParse(id, out _))
        {
            return null;
        }
        if (_read.TryGetValue(id, out var known))
        {
            return known;
        }
        var path = Path.Combine(Folder, id, ManifestName);
        if (!File.Exists(path))
        {
            return null;
        }
        var manifest = JsonSerializer.Deserialize<ReleaseManifest>(File.ReadAllBytes(path), Json)
            ?? throw new InvalidDataException($"{path} is empty.");
        return _read.GetOrAdd(id, manifest);
    }

    /// <summary>Where a file of a release is; null for a name the release does not list.</summary>
    public string? PathOf(ReleaseManifest release, string name) =>
        release.Files.Any(f => f.Name == name) ? Path.Combine(Folder, release.Id, name) : null;

    /// <summary>Holds the right to publish until disposed: this process's threads wait in turn, other processes on the lock file.</summary>
    public async Task<IAsyncDisposable> LockAsync(CancellationToken ct)
    {
        await _writer.WaitAsync(ct);
        try
        {
            Directory.CreateDirectory(Folder);
            var path = Path.Combine(Folder, ".lock");
            while (true)
            {
                try
                {
                    var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                    return new Held(this, file);
                }
                catch (IOException)
                {
                    // Another process publishes; it holds the lock for as long as one release takes to write.
                    await Task.Delay(LockRetry, ct);
                }
            }
        }
        catch
        {
            _writer.Release();
            throw;
        }
    }

    /// <summary>
    /// A new folder to write a release into. Work folders left by a process that died writing are removed first:
    /// whoever holds the lock is the only writer, so any other work folder is abandoned.
    /// </summary>
    public string NewWorkFolder()
    {
        foreach (var abandoned in Directory.EnumerateDirectories(Folder, WorkPrefix + "*"))
        {
            logger.LogWarning("Removing {Folder}, a release that was never finished (its writer stopped)", abandoned);
            Directory.Delete(abandoned, recursive: true);
        }
        return Directory.CreateDirectory(Path.Combine(Folder, WorkPrefix + Guid.NewGuid().ToString("N"))).FullName;
    }

    /// <summary>The id of a release published at <paramref name="releasedAt"/>, and its time: the second it falls in, or the next free one.</summary>
    public (string Id, DateTime At) NextId(DateTime releasedAt)
    {
        var at = new DateTime(releasedAt.Ticks - releasedAt.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        while (Directory.Exists(Path.Combine(Folder, ReleaseId.Of(at))))
        {
            at = at.AddSeconds(1);
        }
        return (ReleaseId.Of(at), at);
    }

    /// <summary>Publishes the work folder as the release <paramref name="manifest"/> describes: release.json is written into it, and the folder renamed into place in one step.</summary>
    public void Publish(string workFolder, ReleaseManifest manifest)
    {
        using (var file = new FileStream(Path.Combine(workFolder, ManifestName), FileMode.CreateNew, FileAccess.Write))
        {
            JsonSerializer.Serialize(file, manifest, Json);
            file.Flush(flushToDisk: true);
        }
        Directory.Move(workFolder, Path.Combine(Folder, manifest.Id));
        _read[manifest.Id] = manifest;
    }

    /// <summary>Removes a work folder whose data turned out to be released already.</summary>
    public static void Discard(string workFolder) => Directory.Delete(workFolder, recursive: true);

    private sealed class Held(ReleaseStore store, FileStream file) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await file.DisposeAsync();
            store._writer.Release();
        }
    }
}
