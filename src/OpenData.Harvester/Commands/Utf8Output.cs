using System.Text;

namespace OpenData.Harvester.Commands;

/// <summary>Standard output as UTF-8 whatever the locale says, so that å, ä and ö come out as written.</summary>
public static class Utf8Output
{
    public static StreamWriter Open() => new(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
}
