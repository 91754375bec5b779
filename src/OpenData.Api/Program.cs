using OpenData.Api;
using OpenData.Api.Startup;

var app = ApiApplication.Build(args);
await DatabaseStartup.PrepareAsync(app.Services);
await app.RunAsync();
