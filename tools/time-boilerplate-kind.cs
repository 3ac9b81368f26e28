#:property PublishAot=false
// Times BoilerplatePhrases.Kind of one build over every non-blank line of a JSONL corpus (user CPU, cheapest of 7 passes), so
// two builds can be compared interleaved: dotnet run tools/time-boilerplate-kind.cs -- BUILD-DIR ../shared/corpora/bbc-news-2005.jsonl
// (BUILD-DIR holds NewsQuality.Core.dll, e.g. src/NewsQuality.Cli/bin/Release/net10.0). The build is loaded by reflection.
using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
var dir = args[0];
AppDomain.CurrentDomain.AssemblyResolve += (_, e) => { var p = Path.Combine(dir, new AssemblyName(e.Name).Name + ".dll"); return File.Exists(p) ? Assembly.LoadFrom(p) : null; };
var core = Assembly.LoadFrom(Path.Combine(dir, "NewsQuality.Core.dll"));
var kind = core.GetType("NewsQuality.Text.BoilerplatePhrases")!.GetMethod("Kind")!.CreateDelegate<Func<string, string?>>();
var lines = File.ReadLines(args[1]).SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!.Split('\n')).Where(l => l.Trim().Length > 0).ToArray();
var hits = 0;
for (var w = 0; w < 3; w++) foreach (var l in lines) if (kind(l) is not null) hits++;
var best = double.MaxValue;
for (var r = 0; r < 7; r++)
{
    var cpu = Process.GetCurrentProcess().UserProcessorTime;
    foreach (var l in lines) if (kind(l) is not null) hits++;
    best = Math.Min(best, (Process.GetCurrentProcess().UserProcessorTime - cpu).TotalMilliseconds);
}
Console.WriteLine($"{lines.Length} lines, cheapest of 7 passes {best:0} ms user CPU ({hits} hits)");
