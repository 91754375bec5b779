using System.Security.Cryptography;
using OpenData.Api.Features.Calendar;
using OpenData.Api.Features.Kommuner;
using OpenData.Api.Features.Themes;
using OpenData.Api.Http;
using OpenData.Core.Storage;

namespace OpenData.Api.Exports.Releases;

/// <summary>
/// Publishes a release when the data has changed since the last one. The API owns the bulk files, so it is the API
/// that releases them: the first time a data state (<see cref="DataVersionReader"/>'s stamp, and the year statuses are
/// counted in) is asked for, at start-up and at each background check (<see cref="ReleaseChecks"/>), it writes the
/// state's CSV, JSON Lines and SQLite files from one <see cref="ExportReader"/> and compares the fingerprint of its
/// facts with the newest release's. A state that only re-confirmed what was there (a harvest that read the same
/// pages again) publishes nothing; a changed one becomes a new release, and the older ones stay as they are.
/// The harvester never serves; it need not know that releases exist, and data flows one way.
/// </summary>
public sealed class ReleasePublisher
{
    /// <summary>A harvest that commits while the files are written moves the stamp; the files are written again, this many times at most.</summary>
    private const int Attempts = 3;

    private readonly ReleaseStore _store;
    private readonly ExportReader _reader;
    private readonly DataVersionReader _versions;
    private readonly SwedishCalendar _calendar;
    private readonly KommunQueries _kommuner;
    private readonly ThemeQueries _themes;
    private readonly PublicAddress _address;
    private readonly ReleaseSettings _settings;
    private readonly TimeProvider _clock;
    private readonly ILogger<ReleasePublisher> _logger;
    private readonly CancellationToken _stopping;
    private readonly Lock _lock = new();
    private Checking? _last;

    public ReleasePublisher(ReleaseStore store, ExportReader reader, DataVersionReader versions, SwedishCalendar calendar, KommunQueries kommuner,
        ThemeQueries themes, PublicAddress address, ReleaseSettings settings, IServiceProvider services, IHostApplicationLifetime lifetime, ILogger<ReleasePublisher> logger)
    {
        _store = store;
        _reader = reader;
        _versions = versions;
        _calendar = calendar;
        _kommuner = kommuner;
        _themes = themes;
        _address = address;
        _settings = settings;
        _clock = services.GetService<TimeProvider>() ?? TimeProvider.System;
        _logger = logger;
        _stopping = lifetime.ApplicationStopping;
    }

    /// <summary>The release that holds the data as it is now, published first if the data changed since the last one.</summary>
    public async Task<ReleaseManifest> CurrentAsync(CancellationToken ct)
    {
        var state = await DataState.ReadAsync(_versions, _calendar, ct);
        Checking checking;
        lock (_lock)
        {
            if (_last is null || _last.State != state || _last.Release.IsFaulted)
            {
                _last = new Checking(state, CheckAsync());
            }
            checking = _last;
        }
        // The writing goes on for the next caller even if this one leaves.
        return await checking.Release.WaitAsync(ct);
    }

    private async Task<ReleaseManifest> CheckAsync()
    {
        // Off the caller's thread: a request that asks first must not write the release inline of its own call.
        await Task.Yield();
        await using var held = await _store.LockAsync(_stopping);
        for (var attempt = 1; ; attempt++)
        {
            var version = await _versions.ReadAsync(_stopping);
            var year = _calendar.ThisYear;
            var newest = _store.List().FirstOrDefault();
            // Another instance on the same database (and folder) may have published this state while we waited for the lock.
            if (newest is not null && newest.DataVersion == Stamp(version.Stamp) && newest.StatusYear == year)
            {
                return newest;
            }
            var work = _store.NewWorkFolder();
            try
            {
                var started = TimeProvider.System.GetTimestamp();
                var candidate = await WriteFilesAsync(work);
                if ((await _versions.ReadAsync(_stopping)).Stamp != version.Stamp)
                {
                    ReleaseStore.Discard(work);
                    if (attempt == Attempts)
                    {
                        throw new InvalidOperationException($"The data changed while each of {Attempts} releases was being written; the next check tries again.");
                    }
                    continue;
                }
                if (newest is not null && newest.Fingerprint == candidate.Database.Fingerprint)
                {
                    ReleaseStore.Discard(work);
                    _logger.LogInformation("Data version {Version} holds the same facts as release {Release}: no new release", version.Stamp, newest.Id);
                    return newest;
                }
                var (id, at) = _store.NextId(_clock.GetUtcNow().UtcDateTime);
                var release = await DescribeAsync(id, at, version.Stamp, version.ChangedAt, year, candidate, work);
                _store.Publish(work, release);
                _logger.LogInformation("Release {Release} published for data version {Version} in {Elapsed:N0} ms: {Files}", release.Id, version.Stamp,
                    TimeProvider.System.GetElapsedTime(started).TotalMilliseconds, string.Join(", ", release.Files.Select(f => $"{f.Name} {f.Bytes:N0} bytes")));
                return release;
            }
            catch
            {
                if (Directory.Exists(work))
                {
                    ReleaseStore.Discard(work);
                }
                throw;
            }
        }
    }

    /// <summary>The data files, each from its own walk of the data; the caller checks that the data did not move meanwhile.</summary>
    private async Task<Candidate> WriteFilesAsync(string work)
    {
        var baseUri = _address.Shared;
        string Link(string path) => PublicAddress.Link(baseUri, path);
        var promises = 0;
        await using (var csv = File.Create(Path.Combine(work, ReleaseFiles.Csv)))
        {
            await PromiseCsv.WriteAsync(Counting(r => promises += r.Promises.Count), csv, Link, _stopping);
        }
        var loften = 0;
        await using (var jsonl = File.Create(Path.Combine(work, ReleaseFiles.JsonLines)))
        {
            await LofteJsonLines.WriteAsync(Counting(_ => loften++), jsonl, Link, _stopping);
        }
        var lan = await _kommuner.AllLanAsync(_stopping);
        var kommuner = (await _kommuner.KommunerInLanAsync(lan.Select(l => l.Code), _stopping)).SelectMany(g => g).OrderBy(k => k.Code, StringComparer.Ordinal).ToList();
        var reference = new PublicDatabase.Reference(lan, kommuner, await _themes.AllAsync(_stopping));
        var database = await PublicDatabase.WriteAsync(Path.Combine(work, ReleaseFiles.Sqlite), reference, _reader.ReadAllAsync(_stopping), _stopping);
        return new Candidate(promises, loften, database);
    }

    private async IAsyncEnumerable<LofteRecord> Counting(Action<LofteRecord> count)
    {
        await foreach (var record in _reader.ReadAllAsync(_stopping))
        {
            count(record);
            yield return record;
        }
    }

    private async Task<ReleaseManifest> DescribeAsync(string id, DateTime releasedAt, long stamp, DateTime changedAt, int year, Candidate candidate, string work)
    {
        var files = new Dictionary<string, ReleaseFile>
        {
            [ReleaseFiles.Csv] = Describe(work, ReleaseFiles.Csv) with { Rows = candidate.Promises },
            [ReleaseFiles.JsonLines] = Describe(work, ReleaseFiles.JsonLines) with { Rows = candidate.Loften },
            [ReleaseFiles.Sqlite] = Describe(work, ReleaseFiles.Sqlite) with { Tables = candidate.Database.Rows },
        };
        await using (var package = File.Create(Path.Combine(work, DataPackage.FileName)))
        {
            await DataPackage.WriteAsync(package, id, releasedAt, _settings.License, files, _stopping);
        }
        return new ReleaseManifest(id, releasedAt, Stamp(stamp), changedAt, year, candidate.Database.ExtractorVersions, candidate.Database.Fingerprint,
            [.. files.Values, Describe(work, DataPackage.FileName)]);
    }

    private static ReleaseFile Describe(string work, string name)
    {
        using var file = File.OpenRead(Path.Combine(work, name));
        return new ReleaseFile(name, ReleaseFiles.MediaTypeOf(name), file.Length, Convert.ToHexStringLower(SHA256.HashData(file)));
    }

    /// <summary>The stamp as text: it is 63 bits, more than a JSON number keeps exactly in JavaScript.</summary>
    private static string Stamp(long stamp) => stamp.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Checking(DataState State, Task<ReleaseManifest> Release);

    private sealed record Candidate(int Promises, int Loften, PublicDatabase.Written Database);
}
