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

    [Theory]
    [InlineData("NewsQuality.Rules.OffTopic.Data.semantic-vectors.bin")]
    [InlineData("NewsQuality.Text.topic-vectors.bin")]
    public void A_resource_kept_mapped_reads_as_its_bytes_each_time(string resource)
    {
        var copied = EmbeddedResources.ReadAllBytes(resource);
        var mapped = EmbeddedResources.Mapped(resource);
        Assert.Equal(copied.Length, mapped.Length);
        Assert.True(mapped.Span.SequenceEqual(copied));
        Assert.True(mapped.Span.SequenceEqual(EmbeddedResources.Mapped(resource).Span));
    }

    [Fact]
    public void Bytes_of_an_array_are_the_array()
    {
        byte[] array = [1, 2, 3];
        ShippedBytes bytes = array;
        Assert.Equal(3, bytes.Length);
        Assert.True(bytes.Span.SequenceEqual(array));
        array[1] = 9;
        Assert.Equal(9, bytes.Span[1]);
    }

    [Fact]
    public void A_missing_resource_is_named()
    {
        var error = Assert.Throws<InvalidOperationException>(() => EmbeddedResources.ReadInPlace("NewsQuality.none.bin", image => image.Length));
        Assert.Contains("NewsQuality.none.bin", error.Message);
    }
}
