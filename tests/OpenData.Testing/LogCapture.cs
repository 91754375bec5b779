using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OpenData.Testing;

/// <summary>Every message logged through it, kept for a test to read: what an operator would see in the log.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Message)> _entries = new();

    public IReadOnlyList<(string Category, LogLevel Level, string Message)> Entries => [.. _entries];

    /// <summary>The messages of a category (a class's full name) at or above a level.</summary>
    public IReadOnlyList<string> Messages(string category, LogLevel atLeast = LogLevel.Trace) =>
        [.. _entries.Where(e => e.Category == category && e.Level >= atLeast).Select(e => e.Message)];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(string, LogLevel, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((category, logLevel, formatter(state, exception)));
    }
}
