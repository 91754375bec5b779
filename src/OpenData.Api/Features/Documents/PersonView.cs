using OpenData.Core.Model;

namespace OpenData.Api.Features.Documents;

/// <summary>A person a document names.</summary>
public sealed record PersonView(string Name, string? Role, Actor? Organisation);
