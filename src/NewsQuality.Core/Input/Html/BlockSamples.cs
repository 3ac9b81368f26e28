using AngleSharp.Html.Parser;

namespace NewsQuality.Input.Html;

/// <summary>One text block of a page as the block classifier sees it: its text, its features, and whether the classifier may admit it.</summary>
public sealed record BlockSample(string Text, float[] Features, bool Candidate)
{
    /// <summary>Whether the extractor's rules read the block (the feature the trees see as "kept").</summary>
    public bool Read => Features[BlockClassifier.Kept] == 1;
}

/// <summary>The blocks of a page with their features (<see cref="BlockClassifier"/>), as the extractor's first pass reads the page, for learning a block classifier (eval extraction-train).</summary>
public static class BlockSamples
{
    public const int FeatureCount = BlockClassifier.FeatureCount;

    /// <summary>Index of the feature <see cref="BlockSample.Read"/> reads.</summary>
    public const int KeptFeature = BlockClassifier.Kept;

    public static List<BlockSample> Of(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var samples = new List<BlockSample>();
        MainContentExtractor.Extract(document, HtmlReader.Title(document), describe: (blocks, features) =>
            samples.AddRange(blocks.Select((b, i) => new BlockSample(b.Text, features[i], BlockClassifier.IsCandidate(b, features[i])))));
        return samples;
    }
}
