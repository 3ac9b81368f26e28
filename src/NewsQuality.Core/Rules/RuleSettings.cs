using NewsQuality.Model;

namespace NewsQuality.Rules;

/// <summary>The effective settings of one rule for one run (defaults from the descriptor, overridden by config).</summary>
public sealed record RuleSettings(bool Enabled, Severity Severity, double Threshold)
{
    /// <summary>Rule-specific options (for example a shingle size), keyed by name, as given in the config.</summary>
    public IReadOnlyDictionary<string, double> Options { get; init; } = new Dictionary<string, double>();

    public static RuleSettings Defaults(RuleDescriptor descriptor) =>
        new(true, descriptor.DefaultSeverity, descriptor.DefaultThreshold);

    public double Option(string name, double defaultValue) =>
        Options.TryGetValue(name, out var value) ? value : defaultValue;
}
