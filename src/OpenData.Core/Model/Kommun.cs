namespace OpenData.Core.Model;

/// <summary>
/// A kommun, keyed on its four-digit SCB kommunkod kept as a string ("0180"), as Kolada does: a leading zero is
/// part of the code.
/// </summary>
public sealed class Kommun
{
    public required string Code { get; set; }

    /// <summary>The short name ("Västerås", "Malung-Sälen", "Gotland").</summary>
    public required string Name { get; set; }

    public required string LanCode { get; set; }

    public Lan? Lan { get; set; }

    /// <summary>Set when a code comes into use after the reference data's baseline (kommun splits and mergers).</summary>
    public DateOnly? ValidFrom { get; set; }

    /// <summary>Set when a code goes out of use; the kommun stays so that old löften keep their place.</summary>
    public DateOnly? ValidTo { get; set; }

    public List<LokalpolisomradeKommun> Lokalpolisomraden { get; } = [];
}
