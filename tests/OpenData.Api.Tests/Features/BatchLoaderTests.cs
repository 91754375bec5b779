using OpenData.Api.Features.Batching;

namespace OpenData.Api.Tests.Features;

public class BatchLoaderTests
{
    private static (BatchLoader<int, string> Loader, List<IReadOnlyList<int>> Fetches) Loader()
    {
        var fetches = new List<IReadOnlyList<int>>();
        var loader = new BatchLoader<int, string>((keys, _) =>
        {
            fetches.Add(keys);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"fetched {k}"));
        }, "none");
        return (loader, fetches);
    }

    [Fact]
    public async Task A_primed_key_is_answered_as_primed_and_left_out_of_the_fetch_of_the_others()
    {
        var (loader, fetches) = Loader();
        loader.Prime(1, "read with its kommun");
        var primed = loader.Load(1);
        var two = loader.Load(2);
        var three = loader.Load(3);

        Assert.Equal("read with its kommun", await primed.GetAsync());
        Assert.Equal("fetched 2", await two.GetAsync());
        Assert.Equal("fetched 3", await three.GetAsync());
        Assert.Equal([2, 3], Assert.Single(fetches));
    }

    [Fact]
    public async Task Priming_a_key_already_asked_for_changes_nothing()
    {
        var (loader, fetches) = Loader();
        var asked = loader.Load(1);
        loader.Prime(1, "too late");
        Assert.Equal("fetched 1", await asked.GetAsync());
        Assert.Equal([1], Assert.Single(fetches));

        loader.Prime(1, "again");
        Assert.Equal("fetched 1", await loader.Load(1).GetAsync());
        Assert.Single(fetches);
    }
}
