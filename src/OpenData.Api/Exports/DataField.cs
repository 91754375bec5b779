namespace OpenData.Api.Exports;

/// <summary>
/// One column of a bulk file as its data dictionary (datapackage.json) describes it: its name, its Frictionless
/// Table Schema type (string, integer, number, boolean, date, datetime, array, object) and what it means, in Swedish
/// and in English. Each file keeps the list of its own columns beside the code that writes them, so a column is never
/// written without a meaning.
/// </summary>
public sealed record DataField(string Name, string Type, string Sv, string En);
