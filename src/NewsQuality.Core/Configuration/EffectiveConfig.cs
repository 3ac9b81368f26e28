using System.Text.Json;
using NewsQuality.Analysis;
using NewsQuality.Model;
using NewsQuality.Rules;

namespace NewsQuality.Configuration;

/// <summary>The settings a run really uses, every rule included: printed by <c>config show</c> and recorded in JSON reports.</summary>
public static class EffectiveConfig
{
    public static void Write(Utf8JsonWriter json, AnalysisOptions options, RuleCatalog catalog)
    {
        var scoring = options.Scoring;
        json.WriteStartObject();
        json.WriteStartObject("scoring");
        json.WriteNumber("errorPenalty", scoring.ErrorPenalty);
        json.WriteNumber("warningPenalty", scoring.WarningPenalty);
        json.WriteNumber("infoPenalty", scoring.InfoPenalty);
        json.WriteNumber("reviewBelow", scoring.ReviewBelow);
        json.WriteNumber("failBelow", scoring.FailBelow);
        if (scoring.MinScores.Count > 0)
        {
            json.WriteStartObject("minScore");
            foreach (var floor in scoring.MinScores) json.WriteNumber(floor.ScoreName, floor.Minimum);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteStartObject("rules");
        foreach (var descriptor in catalog.Descriptors)
        {
            var settings = options.SettingsFor(descriptor);
            json.WriteStartObject(descriptor.Id);
            json.WriteBoolean("enabled", settings.Enabled);
            json.WriteString("severity", settings.Severity.ToName());
            json.WriteNumber("threshold", settings.Threshold);
            if (settings.Options.Count > 0)
            {
                json.WriteStartObject("options");
                foreach (var (name, value) in settings.Options) json.WriteNumber(name, value);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
