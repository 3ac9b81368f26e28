namespace NewsQuality.Cli.Tests;

/// <summary>A fact about what only the Linux tool package carries (its bash launcher reads /proc/cpuinfo).</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "the launcher is part of the linux-x64 tool package only";
    }
}
