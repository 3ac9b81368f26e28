using NewsQuality.Rules.Duplicate;
using NewsQuality.Similarity;

namespace NewsQuality.Core.Tests.Startup;

/// <summary>Data written down so that a run need not work it out at start-up is what working it out gives.</summary>
public class PrecomputedDataTests
{
    [Fact]
    public void Default_lsh_splits_are_the_searchs_choice()
    {
        Assert.Equal(2, NQ1001NearDuplicate.DefaultLshChoices.Count);
        foreach (var ((threshold, permutations), split) in NQ1001NearDuplicate.DefaultLshChoices)
            Assert.Equal(LshParameters.Optimal(threshold, permutations), split);
    }

    [Fact]
    public void The_table_holds_the_near_duplicate_rules_default_setting()
    {
        // Changing the rule's default threshold without the table would quietly bring the search back into every start.
        var threshold = new NQ1001NearDuplicate().Descriptor.DefaultThreshold;
        Assert.Contains((threshold, NQ1001NearDuplicate.DefaultPermutations), NQ1001NearDuplicate.DefaultLshChoices.Keys);
    }
}
