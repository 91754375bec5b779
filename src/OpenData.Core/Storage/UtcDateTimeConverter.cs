using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpenData.Core.Storage;

/// <summary>Stores instants as UTC and marks them UTC when read, whatever the provider keeps.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
