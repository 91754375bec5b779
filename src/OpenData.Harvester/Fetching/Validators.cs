namespace OpenData.Harvester.Fetching;

/// <summary>The last good response's validators, sent back as If-None-Match and If-Modified-Since.</summary>
public sealed record Validators(string? ETag, string? LastModified);
