using System.Runtime.InteropServices;

namespace OpenData.Api.Startup;

/// <summary>SIGINT back to its default where the process was started with it ignored, so that it can stop the service.</summary>
internal static class InterruptSignal
{
    private const int Sigint = 2;

    public static void StopIgnoring()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }
        // SIG_DFL is 0; the previous handler returned is of no use here.
        _ = Signal(Sigint, IntPtr.Zero);
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for a call with two plain arguments
    [DllImport("libc", EntryPoint = "signal")]
    private static extern IntPtr Signal(int signal, IntPtr handler);
#pragma warning restore SYSLIB1054
}
