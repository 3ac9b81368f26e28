using System.CommandLine;
using System.Text.Json;
using NewsQuality.Configuration;
using NewsQuality.IO;
using NewsQuality.Rules;

namespace NewsQuality.Cli.Commands;

/// <summary><c>newsquality init</c> writes a commented starter configuration; <c>newsquality config show</c> prints the one in force.</summary>
public static class ConfigCommands
{
    public static Command Init(CliIO io)
    {
        var command = new Command("init", $"Write a commented starter {NewsQualityConfig.FileName} in the current folder (never over an existing one).");
        command.SetAction(_ =>
        {
            var path = Path.Combine(io.CurrentDirectory, NewsQualityConfig.FileName);
            if (File.Exists(path))
            {
                io.StdErr.WriteLine($"newsquality: {path} already exists; not overwritten");
                return ExitCodes.UsageOrInputError;
            }
            AtomicFile.WriteAllText(path, StarterConfig);
            using var output = io.OutWriter();
            output.WriteLine($"wrote {path}");
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Config(CliIO io)
    {
        var input = new InputSymbols();
        var show = new Command("show", "Print the effective configuration: every rule's settings and the scoring, after the config file.");
        show.Add(input.Config);
        show.SetAction(parse =>
        {
            var config = input.LoadConfig(parse, io);
            if (config is null) return ExitCodes.UsageOrInputError;
            using (var json = new Utf8JsonWriter(io.StdOut, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteString("file", config.Path);
                json.WriteStartArray("include");
                foreach (var glob in config.Include) json.WriteStringValue(glob);
                json.WriteEndArray();
                json.WriteStartArray("exclude");
                foreach (var glob in config.Exclude) json.WriteStringValue(glob);
                json.WriteEndArray();
                json.WritePropertyName("effective");
                EffectiveConfig.Write(json, config.ApplyTo(new Analysis.AnalysisOptions()), RuleCatalog.Default);
                json.WriteEndObject();
            }
            io.StdOut.WriteByte((byte)'\n');
            return ExitCodes.Success;
        });
        return new Command("config", "Inspect the configuration.") { show };
    }

    /// <summary>Every key explained, defaults shown; rules not listed keep their defaults ('newsquality rules').</summary>
    private const string StarterConfig = """
        // NewsQuality configuration. JSON with comments; unknown keys are errors.
        // 'newsquality config show' prints the settings in force; 'newsquality rules' lists the rules.
        {
          // Files to read inside folders given on the command line (gitignore-style globs), and files to skip.
          "include": [],
          "exclude": [],

          // Per rule: "NQxxxx": false turns a rule off; or an object with any of
          //   enabled (true/false), severity ("info", "warning", "error"), threshold (0 to 1), options (rule-specific numbers).
          "rules": {
            "NQ2001": { "severity": "warning", "threshold": 0.5 },
            "NQ1001": { "threshold": 0.3, "options": { "shingleSize": 2, "permutations": 128 } },
            "NQ2011": { "enabled": true }
          },

          // People the name and title checks should know besides the shipped public figures (NQ2002-NQ2004),
          // and section labels your sources print after headlines, with the English section name (NQ2006).
          "knownPeople": [
            { "name": "Kaja Kallas", "aliases": [], "country": "Estonia", "role": "Prime Minister" }
          ],
          "sectionLabels": { "the interior": "Home news" },

          // Article score = 100 minus, per finding, its severity's penalty times its score (0 to 1).
          // Verdict: fail below failBelow, review below reviewBelow, else pass. Add "minScore": 70, or per family
          // "minScore": { "translation": 70 } (overall, duplicate, translation, offtopic, boilerplate), to make check exit 1
          // when an article scores below it.
          "scoring": { "errorPenalty": 45, "warningPenalty": 15, "infoPenalty": 4, "reviewBelow": 90, "failBelow": 60 }
        }

        """;
}
