namespace OpenData.Api.Features.Search;

/// <summary>
/// How a promise matched a search: its text, HTML-escaped, with each matching word in &lt;mark&gt;…&lt;/mark&gt;, and
/// its BM25 relevance (higher is better; comparable within one search only).
/// </summary>
public sealed record SearchHit(string Highlight, double Score);
