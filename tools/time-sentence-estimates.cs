#:property PublishAot=false
// Times NQ2014's sentence estimates (NQ2014DisfluentSentence.JudgedSentences: sentence split, features, language model,
// trees) of one build over every article of a JSONL corpus on one thread (user CPU, cheapest of 7 passes), so two builds
// can be compared interleaved without the rest of a check around them:
// dotnet run tools/time-sentence-estimates.cs -- BUILD-DIR ../shared/corpora/bbc-news-2005.jsonl
// (BUILD-DIR holds newsquality.dll, e.g. src/NewsQuality.Cli/bin/Release/net10.0). The build is loaded by reflection;
// the sum of the estimates is printed so that two builds can be seen to agree.
using System.Collections;
using System.Diagnostics;
using System.Runtime.Loader;
using System.Text.Json;
// The build's own dependency list (newsquality.deps.json) says where each assembly it references lies.
var resolver = new AssemblyDependencyResolver(Path.Combine(args[0], "newsquality.dll"));
AssemblyLoadContext.Default.Resolving += (context, name) => resolver.ResolveAssemblyToPath(name) is { } path ? context.LoadFromAssemblyPath(path) : null;
var core = AssemblyLoadContext.Default.LoadFromAssemblyPath(resolver.ResolveAssemblyToPath(new("NewsQuality.Core"))!);
var articleType = core.GetType("NewsQuality.Model.Article")!;
var originType = core.GetType("NewsQuality.Model.ArticleOrigin")!;
var spanType = core.GetType("NewsQuality.Model.TextSpan")!;
var judged = core.GetType("NewsQuality.Rules.Translation.NQ2014DisfluentSentence")!.GetMethod("JudgedSentences")!;
var quality = core.GetType("NewsQuality.TranslationQuality.SentenceEstimate")!.GetProperty("Quality")!;
var texts = File.ReadLines(args[1]).Select(l => JsonDocument.Parse(l).RootElement).Select(r => (Title: r.GetProperty("title").GetString()!, Text: r.GetProperty("text").GetString()!)).ToArray();
object[] Articles() => texts.Select((t, i) => Activator.CreateInstance(articleType, $"a{i}", Activator.CreateInstance(originType, "corpus", i + 1),
    t.Title + "\n\n" + t.Text, Activator.CreateInstance(spanType, 0, t.Title.Length))!).ToArray();
double Pass(object[] articles)
{
    var sum = 0.0;
    foreach (var article in articles)
        foreach (var estimate in (IEnumerable)judged.Invoke(null, [article, null])!) sum += (double)quality.GetValue(estimate)!;
    return sum;
}
var total = 0.0;
for (var w = 0; w < 2; w++) total = Pass(Articles());
var best = double.MaxValue;
for (var r = 0; r < 7; r++)
{
    var articles = Articles();
    foreach (var a in articles) articleType.GetProperty("Words")!.GetValue(a); // tokenised once per article, shared with other rules: outside the timing
    var cpu = Process.GetCurrentProcess().UserProcessorTime;
    total = Pass(articles);
    best = Math.Min(best, (Process.GetCurrentProcess().UserProcessorTime - cpu).TotalMilliseconds);
}
Console.WriteLine($"{texts.Length} articles, cheapest of 7 passes {best:0} ms user CPU (sum of estimates {total:R})");
