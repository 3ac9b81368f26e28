using System.Runtime.InteropServices;

namespace NewsQuality.Cli.Tests;

/// <summary>
/// A fact that compiles with Native AOT: only on linux-x64 (the one native package the Release pack makes), where clang
/// is installed (.ci/setup.d/clang.sh installs it; the ILCompiler links with it), and when NQ_NATIVE_TOOL_TEST=1 asks for
/// it, since compiling ahead takes minutes (docs/performance.md), too long for every CI run.
/// </summary>
public sealed class NativeToolFactAttribute : FactAttribute
{
    public const string Clang = "/usr/bin/clang";

    public NativeToolFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64) Skip = "the native tool package is made for linux-x64 only";
        else if (!File.Exists(Clang)) Skip = $"{Clang} is not installed (apt-get install clang zlib1g-dev, as .ci/setup.d/clang.sh does); the Release pack then makes the ready-to-run package";
        else if (Environment.GetEnvironmentVariable("NQ_NATIVE_TOOL_TEST") != "1") Skip = "compiling the native tool takes minutes: set NQ_NATIVE_TOOL_TEST=1 to run it";
    }
}
