using System.Runtime.InteropServices;
using OpenData.Api;
using OpenData.Api.Startup;

var app = ApiApplication.Build(args);
// Ctrl+C stops the service also where no terminal started it: a shell without job control (a CI step, an init
// script, `cmd &`) starts its children with SIGINT ignored, and .NET keeps an inherited ignore, even for a handler
// registered below. The ignore is undone first (not under nohup, which ignores SIGHUP only).
InterruptSignal.StopIgnoring();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal =>
{
    signal.Cancel = true;
    app.Lifetime.StopApplication();
});
await DatabaseStartup.PrepareAsync(app.Services);
var warmUp = app.Services.GetRequiredService<QueryWarmUp>();
var warming = app.Configuration.GetValue(QueryWarmUp.EnabledKey, true);
if (warming)
{
    warmUp.Begin();
}
await app.StartAsync();
if (warming)
{
    await warmUp.RunAsync(QueryWarmUp.SelfAddress(app.Urls), app.Lifetime.ApplicationStopping);
}
await app.WaitForShutdownAsync();
await app.DisposeAsync();
