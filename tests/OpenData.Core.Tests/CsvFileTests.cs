using OpenData.Core.Reference;

namespace OpenData.Core.Tests;

public class CsvFileTests
{
    [Fact]
    public void Reads_quoted_fields_with_commas_and_doubled_quotes()
    {
        var records = CsvFile.ParseRecords("a,b,c\r\nNorrmalm,\"explicit (Norrmalm, Östermalm)\",\"say \"\"hi\"\"\"\n").ToList();
        Assert.Equal(["Norrmalm", "explicit (Norrmalm, Östermalm)", "say \"hi\""], records[1]);
    }

    [Fact]
    public void Refuses_a_row_with_the_wrong_number_of_fields()
    {
        using var folder = new Testing.TempFolder();
        var path = Path.Combine(folder.Path, "bad.csv");
        File.WriteAllText(path, "a,b\n1,2,3\n");
        var error = Assert.Throws<InvalidDataException>(() => CsvFile.Read(path));
        Assert.Contains("row 2", error.Message);
    }
}
