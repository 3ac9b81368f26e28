using NewsQuality.Analysis;
using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Rules.Duplicate;
using NewsQuality.Scoring;
using NewsQuality.Similarity;
using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Rules.Duplicate;

public class DivergentVersionTests
{
    private static IReadOnlyList<ArticleReport> Check(IReadOnlyList<Article> articles) =>
        new AnalysisEngine(new RuleCatalog([new NQ1001NearDuplicate(), new NQ1003DivergentVersion()]), new AnalysisOptions()).Analyze(articles);

    private static Article Version(string id, string text) => RuleAssert.ArticleOf(text, id);

    /// <summary>A clean BBC article's sentences, with <paramref name="edit"/> applied to each.</summary>
    private static string Rewritten(string text, Func<int, string, string> edit)
    {
        var sentence = 0;
        return string.Join("\n\n", text.Split("\n\n").Select(paragraph => string.Join(". ", paragraph.Split(". ").Select(s => edit(sentence++, s)))));
    }

    private static readonly string Source = Fixtures.Read("clean/bbc-tech-040.txt");

    /// <summary>
    /// An independent rendering of the source: every sixth longer word (a different sixth for each <paramref name="variant"/>)
    /// worded otherwise (here spelled backwards), so versions differ the way translations by different systems do.
    /// </summary>
    private static string Reworded(string text, int variant)
    {
        var word = 0;
        return System.Text.RegularExpressions.Regex.Replace(text, "[a-z]{5,}", m => word++ % 6 == variant ? new string(m.Value.Reverse().ToArray()) : m.Value);
    }

    /// <summary>
    /// The source with two sentences in five after the headline replaced by sentences of another story (content the other
    /// versions agree on, rendered as something else), at the same length, so it stays a near-duplicate of them.
    /// </summary>
    private static string Garbled()
    {
        var other = Fixtures.Read("clean/bbc-business-010.txt").Split('.', StringSplitOptions.TrimEntries).Where(s => s.Length > 40).ToList();
        return Rewritten(Source, (i, s) => i > 1 && i % 5 < 2 ? other[i % other.Count] : s);
    }

    [Fact]
    public void A_version_that_drops_what_the_others_agree_on_is_flagged_on_where_it_keeps_least()
    {
        // Four independent renderings and one that renders two sentences in five as something else.
        var versions = new List<Article>
        {
            Version("original", Source),
            Version("reworded-1", Reworded(Source, 1)),
            Version("reworded-2", Reworded(Source, 2)),
            Version("reworded-3", Reworded(Source, 3)),
            Version("reworded-4", Reworded(Source, 4)),
            Version("garbled", Garbled()),
        };
        var reports = Check(versions);
        var flagged = reports.Where(r => r.Findings.Any(f => f.RuleId == "NQ1003" && f.Severity == Severity.Warning)).Select(r => r.Article.Id).ToList();
        Assert.Equal(["garbled"], flagged);
        var finding = reports[^1].Findings.Single(f => f.RuleId == "NQ1003");
        Assert.Contains("keeps least here", finding.Message);
        Assert.NotEqual("garbled", finding.Related.Single().ArticleId);
    }

    [Fact]
    public void Each_rule_finds_alike_whether_the_other_runs_is_disabled_or_is_configured_otherwise()
    {
        // NQ1003 finds versions with the verified pairs NQ1001 reports at its defaults: a product of the run, made once when
        // both ask with the same settings, never handed from one run to another.
        var versions = new List<Article> { Version("original", Source), Version("reworded-1", Reworded(Source, 1)), Version("reworded-2", Reworded(Source, 2)),
            Version("reworded-3", Reworded(Source, 3)), Version("reworded-4", Reworded(Source, 4)), Version("garbled", Garbled()) };
        var nearDuplicate = new NQ1001NearDuplicate().Descriptor;
        var divergent = new NQ1003DivergentVersion().Descriptor;
        var both = new RuleCatalog([new NQ1001NearDuplicate(), new NQ1003DivergentVersion()]);
        string[] Findings(RuleCatalog catalog, string ruleId, RuleSettings? nearDuplicateSettings = null, RuleSettings? divergentSettings = null)
        {
            var overrides = new Dictionary<string, RuleSettings>();
            if (nearDuplicateSettings is not null) overrides[nearDuplicate.Id] = nearDuplicateSettings;
            if (divergentSettings is not null) overrides[divergent.Id] = divergentSettings;
            return new AnalysisEngine(catalog, new AnalysisOptions { RuleOverrides = overrides }).Analyze(versions)
                .SelectMany(r => r.Findings.Where(f => f.RuleId == ruleId).Select(f => $"{r.Article.Id} {f.Severity.ToName()} {f.Span} {f.Score} {f.Message} {string.Join(" | ", f.Related.Select(l => l.Message))}"))
                .ToArray();
        }

        var divergentAlone = Findings(new RuleCatalog([new NQ1003DivergentVersion()]), divergent.Id);
        Assert.Equal(["garbled"], divergentAlone.Where(f => f.Split(' ')[1] == "warning").Select(f => f.Split(' ')[0]));
        var nearDuplicateAlone = Findings(new RuleCatalog([new NQ1001NearDuplicate()]), nearDuplicate.Id);
        Assert.Equal(5, nearDuplicateAlone.Length);
        Assert.Equal(divergentAlone, Findings(both, divergent.Id));
        Assert.Equal(nearDuplicateAlone, Findings(both, nearDuplicate.Id));
        // Disabled in the configuration, or run at another threshold: the other rule's findings do not change.
        Assert.Equal(divergentAlone, Findings(both, divergent.Id, nearDuplicateSettings: RuleSettings.Defaults(nearDuplicate) with { Enabled = false }));
        Assert.Equal(nearDuplicateAlone, Findings(both, nearDuplicate.Id, divergentSettings: RuleSettings.Defaults(divergent) with { Enabled = false }));
        Assert.Equal(divergentAlone, Findings(both, divergent.Id, nearDuplicateSettings: RuleSettings.Defaults(nearDuplicate) with { Threshold = 0.95 }));
        // One engine, two runs over different articles: the second run's pairs are its own.
        var engine = new AnalysisEngine(both, new AnalysisOptions());
        Assert.Single(engine.Analyze(versions), r => r.Findings.Any(f => f.RuleId == divergent.Id && f.Severity == Severity.Warning));
        Assert.All(engine.Analyze(versions.Take(3).Append(Version("unrelated", Fixtures.Read("clean/bbc-business-010.txt"))).ToList()),
            report => Assert.DoesNotContain(report.Findings, f => f.RuleId == divergent.Id));
    }

    [Fact]
    public void Words_found_at_analysis_give_the_findings_found_at_digest()
    {
        // Without a source map a version's sentences and content words are found only when its cluster is compared; with one
        // (here the same positions as the text's own lines) they are found while digesting. Link lines among the sentences
        // (left out as chrome), a link line only in the garbled version and a version whose text starts with its sentence
        // (cited at line 1) make the content lines and the citations matter.
        const string Related = "Read more: Ministers promise new rules for online services after the inquiry report";
        var other = Fixtures.Read("clean/bbc-business-010.txt").Split('.', StringSplitOptions.TrimEntries).Where(s => s.Length > 40).ToList();
        string WithLinks(string text) => text.Replace("\n\n", $"\n\n{Related}\n\n", StringComparison.Ordinal);
        var texts = new List<(string Id, string Text)>
        {
            ("original", WithLinks(Source)), ("reworded-1", WithLinks(Reworded(Source, 1))), ("reworded-2", WithLinks(Reworded(Source, 2))),
            ("reworded-3", Reworded(Source, 3)), ("reworded-4", WithLinks(Reworded(Source, 4))),
            ("mild", WithLinks(Rewritten(Source, (i, s) => i > 1 && i % 5 == 2 ? other[i % other.Count] : s))),
            ("garbled", "Read more: " + WithLinks(Garbled())),
        };
        string[] Findings(bool sourceMapped) =>
            Check(texts.Select(t => sourceMapped
                    ? new Article(t.Id, new ArticleOrigin(t.Id), t.Text, TextBlocks.NonBlankLines(t.Text).First()) { SourceMap = new LineMap(t.Text).GetPosition }
                    : Version(t.Id, t.Text)).ToList())
                .SelectMany(r => r.Findings.Where(f => f.RuleId == "NQ1003").Select(f =>
                    $"{r.Article.Id} {f.Severity.ToName()} {f.Span} {f.Line}:{f.Column} {f.Score} {f.Message} " +
                    string.Join(" | ", f.Related.Select(l => $"{l.ArticleId} {l.Span} {l.Line}:{l.Column} {l.Message}"))))
                .ToArray();
        var deferred = Findings(sourceMapped: false);
        // Every version but the original (the centre, which lacks nothing) gets a finding.
        Assert.Equal(6, deferred.Length);
        Assert.Single(deferred, f => f.StartsWith("garbled warning", StringComparison.Ordinal));
        Assert.Equal(Findings(sourceMapped: true), deferred);
    }

    [Fact]
    public void A_shared_product_is_made_once_per_key_and_a_new_owner_starts_with_none()
    {
        var run = new SharedProducts();
        var made = 0;
        Assert.Equal(1, run.GetOrMake("pairs", () => ++made));
        Assert.Equal(1, run.GetOrMake("pairs", () => ++made));
        Assert.Equal(2, run.GetOrMake("other pairs", () => ++made));
        Assert.Equal(3, new SharedProducts().GetOrMake("pairs", () => ++made));
        run.Clear();
        Assert.Equal(4, run.GetOrMake("pairs", () => ++made));
    }

    [Fact]
    public void Independent_versions_that_agree_get_no_warning_only_a_graded_info_that_costs_translation_points()
    {
        // Each version words every sixth longer word otherwise (spelled backwards): about 12% of what the others agree on.
        var versions = Enumerable.Range(0, 6).Select(i => Version($"version-{i}", Reworded(Source, i))).ToList();
        var reports = Check(versions);
        // Not vacuous: the six are one cluster (every member but its centre is reported as a near-duplicate).
        Assert.Equal(5, reports.Count(report => report.Findings.Any(f => f.RuleId == "NQ1001")));
        var divergent = reports.SelectMany(report => report.Findings.Where(f => f.RuleId == "NQ1003").Select(f => (Report: report, Finding: f))).ToList();
        Assert.NotEmpty(divergent);
        foreach (var (report, finding) in divergent)
        {
            // Below the threshold: an info whose score is the share lacking over the threshold (0.3), charged to translation.
            Assert.Equal(Severity.Info, finding.Severity);
            var lacking = double.Parse(System.Text.RegularExpressions.Regex.Match(finding.Message, @"^Lacks (\d+)").Groups[1].Value) / 100;
            Assert.InRange(lacking, 0.0, 0.30);
            Assert.Equal(lacking / 0.3, finding.Score, 0.02);
            Assert.Equal(100 - (int)Math.Round(4 * finding.Score), report.Families[RuleCategory.Translation]);
            Assert.Equal(report.Families[RuleCategory.Duplicate], ScoringPolicy.Default.Families(report.Findings.Where(f => f.RuleId != "NQ1003").ToList())[RuleCategory.Duplicate]);
        }
        // Every shortfall counts by default (infoFrom 0): the reworded versions all get one, in proportion to it.
        Assert.Equal(6, divergent.Count);
        Assert.All(divergent, d => Assert.Equal(d.Finding.Score * 4, 100 - d.Report.Families.Unrounded(RuleCategory.Translation), 9));
        // From infoFrom 0.15 on, shortfalls this small are not reported at all.
        var strict = new AnalysisEngine(new RuleCatalog([new NQ1001NearDuplicate(), new NQ1003DivergentVersion()]), new AnalysisOptions
        {
            RuleOverrides = new Dictionary<string, RuleSettings>
            {
                ["NQ1003"] = RuleSettings.Defaults(new NQ1003DivergentVersion().Descriptor) with { Options = new Dictionary<string, double> { ["infoFrom"] = 0.15 } },
            },
        }).Analyze(versions);
        Assert.All(strict, report => Assert.DoesNotContain(report.Findings, f => f.RuleId == "NQ1003"));
    }

    [Fact]
    public void The_larger_the_shortfall_the_lower_the_translation_score()
    {
        // One sentence in five rendered as something else (below the threshold), and two in five (above it).
        var other = Fixtures.Read("clean/bbc-business-010.txt").Split('.', StringSplitOptions.TrimEntries).Where(s => s.Length > 40).ToList();
        var mild = Rewritten(Source, (i, s) => i > 1 && i % 5 == 2 ? other[i % other.Count] : s);
        var versions = new List<Article>
        {
            Version("original", Source), Version("reworded-1", Reworded(Source, 1)), Version("reworded-2", Reworded(Source, 2)),
            Version("reworded-3", Reworded(Source, 3)), Version("reworded-4", Reworded(Source, 4)), Version("mild", mild), Version("garbled", Garbled()),
        };
        var reports = Check(versions).ToDictionary(r => r.Article.Id);
        int Translation(string id) => reports[id].Families[RuleCategory.Translation];
        var mildFinding = reports["mild"].Findings.Single(f => f.RuleId == "NQ1003");
        Assert.Equal(Severity.Info, mildFinding.Severity);
        Assert.Equal(Severity.Warning, reports["garbled"].Findings.Single(f => f.RuleId == "NQ1003").Severity);
        Assert.True(Translation("garbled") < Translation("mild"), $"garbled {Translation("garbled")}, mild {Translation("mild")}");
        Assert.True(Translation("mild") < Translation("original"), $"mild {Translation("mild")}, original {Translation("original")}");
        // The reworded versions lack less (about 12% against 18%): a smaller graded finding, a score no lower (scores are whole
        // points), and strictly higher before rounding, which is what a mean over a system's articles averages.
        foreach (var reworded in versions.Skip(1).Take(4))
        {
            Assert.True(reports[reworded.Id].Findings.Single(f => f.RuleId == "NQ1003").Score < mildFinding.Score);
            Assert.True(Translation(reworded.Id) >= Translation("mild"));
            Assert.True(reports[reworded.Id].Families.Unrounded(RuleCategory.Translation) > reports["mild"].Families.Unrounded(RuleCategory.Translation));
        }
    }

    [Fact]
    public void Two_pairs_of_copies_do_not_outvote_each_other()
    {
        // Real republications (BBC: two copies of a story and two copies of its update) are two versions, not four.
        var update = Garbled();
        var reports = Check([Version("story", Source), Version("story-copy", Source), Version("update", update), Version("update-copy", update)]);
        Assert.All(reports, report => Assert.DoesNotContain(report.Findings, f => f.RuleId == "NQ1003"));
    }

    [Fact]
    public void Three_versions_are_too_few_for_a_consensus()
    {
        var reports = Check([Version("a", Source), Version("b", Source), Version("garbled", Garbled())]);
        Assert.All(reports, report => Assert.DoesNotContain(report.Findings, f => f.RuleId == "NQ1003"));
    }

    [Fact]
    public void Alignment_places_merged_sentences_together_and_leaves_a_dropped_one_empty()
    {
        uint[][] units = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]];
        // The version merges the first two sentences, drops the third and keeps the fourth.
        uint[][] version = [[1, 2, 3, 4, 5, 6], [10, 11, 12]];
        var placed = VersionConsensus.Align(units, version);
        Assert.Equal([0], placed[0]);
        Assert.Equal([0], placed[1]);
        Assert.Empty(placed[2]);
        Assert.Equal([1], placed[3]);
    }

    [Fact]
    public void Consensus_is_what_at_least_half_of_the_other_versions_have()
    {
        VersionConsensus.Version Of(params uint[][] sentences) => new(sentences);
        var agreements = VersionConsensus.Measure([Of([1, 2, 3], [4, 5]), Of([1, 2, 3], [4, 5]), Of([1, 2, 9], [4, 5]), Of([1, 7, 8], [4])], pivot: 0);
        // The last version lacks 2 and 3 (held by 3 and 2 of its 3 others) and 5 (all three others): it keeps 2 of 5.
        Assert.Equal((2, 5), (agreements[3].Kept, agreements[3].Consensus));
        Assert.Equal(1.0, agreements[0].Share);
    }
}
