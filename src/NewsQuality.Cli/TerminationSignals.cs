using System.Runtime.InteropServices;

namespace NewsQuality.Cli;

/// <summary>
/// Ctrl-C and SIGTERM for a run from the console. The first asks the command to stop (it closes its report and exits
/// 130) and, should the command not get there within <see cref="Grace"/>, exits 130 itself; a second signal ends the
/// process at once. Temporary files never outlive it (<c>TempFile.Create</c>), so a hard stop leaves nothing behind.
/// System.CommandLine's own handler is switched off: it threw on the second signal (exit 134, nothing on stdout).
/// </summary>
internal sealed class TerminationSignals : IDisposable
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _signals;

    public TerminationSignals() =>
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];

    public CancellationToken Token => _stop.Token;

    private void Handle(PosixSignalContext context)
    {
        if (Interlocked.Increment(ref _signals) > 1) return; // the default action: the process ends now
        context.Cancel = true;
        _stop.Cancel();
        _ = Task.Delay(Grace).ContinueWith(_ => Environment.Exit(ExitCodes.Interrupted), TaskScheduler.Default);
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _stop.Dispose();
    }
}
