using SearchEngine.Api.Hosting;

// The server's own rebuilds run this executable in its build-only mode (no web host): see RebuildChild.
if (RebuildChild.IsRequested(args)) return RebuildChild.Run(args);

// Composition only: services in Hosting/ApiServices.cs, middleware and endpoints in Hosting/ApiPipeline.cs,
// one Endpoints/<Feature>Endpoints.cs per group.
var builder = WebApplication.CreateBuilder(args);
builder.AddSearchApi();

var app = builder.Build();
app.UseSearchApi();
app.Run();
return 0;

/// <summary>Visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the tests.</summary>
public partial class Program;
