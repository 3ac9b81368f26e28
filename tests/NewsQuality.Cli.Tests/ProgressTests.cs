using NewsQuality.Analysis;
using NewsQuality.Cli.Progress;
using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Scoring;

namespace NewsQuality.Cli.Tests;

public class ProgressTests
{
    private static RunItem Checked() =>
        new(new ArticleReport(new Article("a", new ArticleOrigin("a.txt"), "A\n\nbody", new TextSpan(0, 1)), [], 100, Verdict.Pass, FamilyScores.Perfect), null);

    [Fact]
    public void Quiet_runs_and_short_runs_print_no_progress()
    {
        var quiet = CliRunner.Run("check", CliRunner.Fixture("seeds"), "--quiet");
        Assert.Equal("", quiet.StdErr);
        var normal = CliRunner.Run("check", CliRunner.Fixture("clean"));
        Assert.Equal("", normal.StdErr); // under five seconds: no progress line is due
    }

    [Fact]
    public void The_share_done_counts_bytes_over_both_passes()
    {
        long read = 500;
        var meter = new ProgressMeter(totalBytes: 1000, passes: 2, () => read);
        Assert.Equal(0.25, meter.Fraction, 3);
        Assert.True(meter.InFirstPass);
        Assert.StartsWith("reading the articles (1 of 2), 25% done, about ", meter.Status);
        Assert.Equal(0, meter.Rate);

        read = 1000;
        // No input moves while the articles are compared: no estimate, which would only grow.
        Assert.Equal("comparing the articles with each other (1 of 2), 50% done", meter.Status);

        read = 1500;
        meter.Count(Checked());
        meter.Count(new RunItem(null, new InputError("b.txt", null, "empty file")));
        Assert.False(meter.InFirstPass);
        Assert.Equal(1, meter.Articles);
        Assert.Equal(0.75, meter.Fraction, 3);
        Assert.StartsWith("checking the articles (2 of 2), 1 checked (", meter.Status);
        Assert.Contains("left", meter.Status);
    }

    [Fact]
    public void The_articles_are_compared_while_the_engine_says_so_even_as_the_second_reading_starts()
    {
        long read = 1000;
        var comparing = true;
        var meter = new ProgressMeter(totalBytes: 1000, passes: 2, () => read, () => comparing);
        Assert.Equal("comparing the articles with each other (1 of 2), 50% done", meter.Status);
        // The second pass reads and checks its first articles beside the comparison: no report is out yet.
        read = 1200;
        Assert.True(meter.InFirstPass);
        Assert.Equal("comparing the articles with each other (1 of 2), 60% done", meter.Status);
        comparing = false;
        Assert.False(meter.InFirstPass);
        Assert.StartsWith("checking the articles (2 of 2), 0 checked", meter.Status);
        meter.Count(Checked());
        Assert.StartsWith("checking the articles (2 of 2), 1 checked (", meter.Status);
        // Before the first reading ends, the engine is not comparing yet.
        var early = new ProgressMeter(totalBytes: 1000, passes: 2, () => 400, () => false);
        Assert.StartsWith("reading the articles (1 of 2), 20% done", early.Status);
    }

    [Fact]
    public void Nothing_claims_100_percent_before_the_end_and_the_last_line_counts_every_article()
    {
        long read = 0;
        var meter = new ProgressMeter(totalBytes: 1000, passes: 1, () => read);
        read = 1000; // a slow last page: read whole, its findings not out yet
        Assert.Equal("checking the articles, 0 checked (0/s), 99% done, finishing the last articles", meter.Status);

        var errors = new SignallingWriter();
        var lines = new RunProgress.Lines(errors, meter, TimeSpan.FromMilliseconds(1));
        IEnumerable<RunItem> SlowArticles()
        {
            // A progress line first (only a log that showed progress gets the closing line): under a loaded test run the
            // thread pool may not run the timer within the articles' 100 ms.
            Assert.True(errors.LineWritten.Wait(TimeSpan.FromSeconds(30)), "no progress line within 30 s");
            for (var i = 0; i < 5; i++)
            {
                Thread.Sleep(20);
                yield return Checked();
            }
        }
        lines.Run(SlowArticles(), _ => { });
        var last = errors.ToString().TrimEnd().Split('\n')[^1];
        Assert.StartsWith("newsquality: 5 articles checked (", last);
        Assert.Contains("100% done in 00:00:0", last);
        Assert.DoesNotContain("100%", string.Join('\n', errors.ToString().TrimEnd().Split('\n')[..^1]));
    }

    [Fact]
    public void Without_a_known_size_there_is_no_estimate()
    {
        var meter = new ProgressMeter(totalBytes: 0, passes: 1, () => 123);
        Assert.Equal(0, meter.Fraction);
        Assert.DoesNotContain("left", meter.Status);
    }

    [Fact]
    public void Plain_lines_come_on_a_timer_even_before_the_first_article()
    {
        // The items wait until a status line has been written: only the timer can write it, as in a first pass.
        var errors = new SignallingWriter();
        var meter = new ProgressMeter(1000, 2, () => 100);
        IEnumerable<RunItem> FirstPassThenOneArticle()
        {
            Assert.True(errors.LineWritten.Wait(TimeSpan.FromSeconds(30)), "no progress line within 30 s");
            yield return Checked();
        }
        var handled = 0;
        new RunProgress.Lines(errors, meter, TimeSpan.FromMilliseconds(20)).Run(FirstPassThenOneArticle(), _ => handled++);
        Assert.Equal(1, handled);
        Assert.Contains("newsquality: reading the articles (1 of 2), 5", errors.ToString());
    }

    private sealed class SignallingWriter : StringWriter
    {
        public ManualResetEventSlim LineWritten { get; } = new();

        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            LineWritten.Set();
        }
    }
}
