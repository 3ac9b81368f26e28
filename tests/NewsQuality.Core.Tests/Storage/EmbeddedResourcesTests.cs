using NewsQuality.Storage;

namespace NewsQuality.Core.Tests.Storage;

public class EmbeddedResourcesTests
{
    [Theory]
    [InlineData("NewsQuality.Knowledge.gazetteer.bin")]
    [InlineData("NewsQuality.TranslationQuality.Data.english-trigrams.image")]
    [InlineData("NewsQuality.Knowledge.countries.tsv")]
    public void A_resource_read_in_place_is_its_bytes(string resource)
    {
        var copied = EmbeddedResources.ReadAllBytes(resource);
        Assert.NotEmpty(copied);
        Assert.True(EmbeddedResources.ReadInPlace(resource, image => image.SequenceEqual(copied)));
        // Each read starts at the resource's first byte, however often it is read.
        Assert.Equal(copied.Length, EmbeddedResources.ReadInPlace(resource, image => image.Length));
    }

    [Fact]
    public void A_missing_resource_is_named()
    {
        var error = Assert.Throws<InvalidOperationException>(() => EmbeddedResources.ReadInPlace("NewsQuality.none.bin", image => image.Length));
        Assert.Contains("NewsQuality.none.bin", error.Message);
    }
}
