namespace NewsQuality.Cli.Tests;

/// <summary>A fact that runs only where headless Chromium is installed (.ci/setup.d/chromium.sh installs it), and says so when skipped.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Browser = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Browser)) Skip = $"{Browser} is not installed (apt-get install chromium, as .ci/setup.d/chromium.sh does)";
    }
}
