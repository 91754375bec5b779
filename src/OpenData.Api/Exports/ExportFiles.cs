using System.Security.Cryptography;
using OpenData.Api.Features.Harvests;
using OpenData.Api.Features.Calendar;
using OpenData.Api.Http;
using OpenData.Core.Storage;

namespace OpenData.Api.Exports;

/// <summary>
/// The bulk files, each written once per version of the data (<see cref="DataVersionReader"/>) into a
/// folder of this process's own and served from there: a request for an unchanged file costs one primary-key
/// lookup, however many clients ask at once, and a client that has it gets a 304 without anything being written.
/// Requests that come while a version is being written wait for that one writing. The previous file is kept one
/// version longer, for answers still sending it.
/// </summary>
public sealed class ExportFiles : IDisposable
{
    private readonly ExportReader _reader;
    private readonly DataVersionReader _versions;
    private readonly SwedishCalendar _calendar;
    private readonly HarvestQueries _harvests;
    private readonly PublicAddress _address;
    private readonly ILogger<ExportFiles> _logger;
    private readonly CancellationToken _stopping;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("opendata-exports-");
    private readonly Dictionary<string, Building> _current = [];
    private readonly Dictionary<string, Building> _previous = [];
    private readonly Lock _lock = new();

    public ExportFiles(ExportReader reader, DataVersionReader versions, SwedishCalendar calendar, HarvestQueries harvests, PublicAddress address, IHostApplicationLifetime lifetime, ILogger<ExportFiles> logger)
    {
        _reader = reader;
        _versions = versions;
        _calendar = calendar;
        _harvests = harvests;
        _address = address;
        _logger = logger;
        _stopping = lifetime.ApplicationStopping;
    }

    /// <summary>Writes an export to a stream, linking to paths of this service through the given function.</summary>
    public delegate Task Writer(IAsyncEnumerable<LofteRecord> loften, Stream output, Func<string, string> link, CancellationToken ct);

    /// <summary>A written file: where it is, its strong ETag (the SHA-256 of its bytes) and when its data last changed.</summary>
    public sealed record ExportFile(string Path, string ETag, DateTimeOffset? LastModified);

    /// <summary>The file <paramref name="name"/> for the data as it is now, written first if the data changed since.</summary>
    public async Task<ExportFile> CurrentAsync(string name, Writer write, CancellationToken ct)
    {
        var version = await DataState.ReadAsync(_versions, _calendar, ct);
        Building building;
        lock (_lock)
        {
            if (!_current.TryGetValue(name, out building!) || building.Version != version || building.File.IsFaulted)
            {
                if (_current.TryGetValue(name, out var replaced) && !replaced.File.IsFaulted)
                {
                    if (_previous.Remove(name, out var older))
                    {
                        Delete(older);
                    }
                    _previous[name] = replaced;
                }
                building = new Building(version, WriteAsync(name, version, write));
                _current[name] = building;
            }
        }
        // The writing goes on for the next client even if this one leaves.
        return await building.File.WaitAsync(ct);
    }

    private async Task<ExportFile> WriteAsync(string name, DataState version, Writer write)
    {
        // Off the requesting thread: the first request must not do the writing inline of its own call.
        await Task.Yield();
        var started = TimeProvider.System.GetTimestamp();
        var lastChange = await _harvests.LastChangeAsync(_stopping);
        var path = Path.Combine(_folder.FullName, $"{Guid.NewGuid():N}-{name}");
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete, 64 * 1024, FileOptions.Asynchronous))
        {
            var baseUri = _address.Shared;
            await write(_reader.ReadAllAsync(_stopping), file, p => PublicAddress.Link(baseUri, p), _stopping);
            await file.FlushAsync(_stopping);
            file.Position = 0;
            var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, _stopping));
            _logger.LogInformation("Export {Name} written for data version {Version}: {Bytes:N0} bytes in {Elapsed:N0} ms",
                name, version, file.Length, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
            return new ExportFile(path, $"\"{hash}\"", lastChange is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null);
        }
    }

    private void Delete(Building building)
    {
        if (building.File.IsCompletedSuccessfully)
        {
            try
            {
                File.Delete(building.File.Result.Path);
            }
            catch (IOException e)
            {
                _logger.LogWarning(e, "An old export file could not be removed; it goes with the folder at shutdown");
            }
        }
    }

    public void Dispose()
    {
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException e)
        {
            _logger.LogWarning(e, "The exports' folder {Folder} could not be removed", _folder.FullName);
        }
    }

    /// <summary>A file being written, or written, for one version of the data.</summary>
    private sealed record Building(DataState Version, Task<ExportFile> File);
}
