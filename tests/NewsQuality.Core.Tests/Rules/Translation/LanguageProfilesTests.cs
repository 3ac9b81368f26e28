using System.Globalization;
using NewsQuality.Rules.Translation;

namespace NewsQuality.Core.Tests.Rules.Translation;

/// <summary>The shipped profiles, read in place from their image, give what their text says.</summary>
public class LanguageProfilesTests
{
    /// <summary>The text's lines "language TAB trigram TAB log-probability" and block headers "language TAB * TAB floor TAB name".</summary>
    private static readonly string[][] TextLines = File.ReadLines(SourceTree.Path("src/NewsQuality.Core/Rules/Translation/Data", LanguageProfiles.TextFile))
        .Where(line => line.Length > 0 && line[0] != '#')
        .Select(line => line.Split('\t'))
        .ToArray();

    private static float Parse(string value) => float.Parse(value, CultureInfo.InvariantCulture);

    private static Dictionary<string, float> Floors() => TextLines.Where(p => p[1] == "*").ToDictionary(p => p[0], p => Parse(p[2]));

    /// <summary>Each three-character trigram of the text, with the values the text gives it (by language).</summary>
    private static Dictionary<string, Dictionary<string, float>> Trigrams()
    {
        var trigrams = new Dictionary<string, Dictionary<string, float>>(StringComparer.Ordinal);
        foreach (var parts in TextLines.Where(p => p[1] != "*" && p[1].Length == 3))
        {
            if (!trigrams.TryGetValue(parts[1], out var values)) trigrams[parts[1]] = values = [];
            values[parts[0]] = Parse(parts[2]);
        }
        return trigrams;
    }

    [Fact]
    public void Languages_and_names_are_the_texts_headers_english_first()
    {
        var profiles = LanguageProfiles.Default;
        var headers = TextLines.Where(p => p[1] == "*").ToList();
        Assert.Equal("en", profiles.Languages[0]);
        Assert.Equal(headers.Select(p => p[0]).Order(StringComparer.Ordinal), profiles.Languages.Order(StringComparer.Ordinal));
        Assert.All(headers, p => Assert.Equal(p[3], profiles.Names[p[0]]));
    }

    [Fact]
    public void Every_trigram_of_the_text_reads_back_with_each_languages_value_or_its_floor()
    {
        var profiles = LanguageProfiles.Default;
        var floors = Floors();
        var trigrams = Trigrams();
        Assert.True(trigrams.Count > 5000);
        foreach (var (trigram, values) in trigrams)
        {
            var read = profiles.LogProbabilities(trigram);
            for (var k = 0; k < profiles.Languages.Count; k++)
            {
                var language = profiles.Languages[k];
                Assert.Equal(values.GetValueOrDefault(language, floors[language]), read[k]);
            }
        }
    }

    [Theory]
    [InlineData("qqq")]
    [InlineData("^zx")]
    [InlineData("\u0416\u0416\u0416")]
    public void A_trigram_no_profile_has_reads_every_floor(string trigram)
    {
        var profiles = LanguageProfiles.Default;
        Assert.DoesNotContain(trigram, Trigrams().Keys);
        var floors = Floors();
        Assert.Equal(profiles.Languages.Select(language => floors[language]), profiles.LogProbabilities(trigram).ToArray());
    }

    [Theory]
    [InlineData("beschlossen")]
    [InlineData("throughout")]
    [InlineData("gouvernement")]
    [InlineData("och")]
    [InlineData("\u00e9t\u00e9")]
    public void The_foreign_margin_is_the_mean_of_the_texts_values_in_trigram_order(string word)
    {
        var profiles = LanguageProfiles.Default;
        var (floors, trigrams) = (Floors(), Trigrams());
        var padded = "^" + word + "$";
        var means = profiles.Languages.Select(language =>
        {
            var sum = 0.0;
            for (var i = 0; i + 3 <= padded.Length; i++)
                sum += trigrams.TryGetValue(padded.Substring(i, 3), out var values) ? values.GetValueOrDefault(language, floors[language]) : floors[language];
            return sum / (padded.Length - 2);
        }).ToArray();
        var best = Enumerable.Range(1, means.Length - 1).MaxBy(k => means[k]);
        Assert.Equal((means[best] - means[0], profiles.Languages[best]), profiles.ForeignMargin(word));
    }
}
