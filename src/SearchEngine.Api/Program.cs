using SearchEngine.Api.Hosting;

// Composition only: services in Hosting/ApiServices.cs, middleware and endpoints in Hosting/ApiPipeline.cs,
// one Endpoints/<Feature>Endpoints.cs per group.
var builder = WebApplication.CreateBuilder(args);
builder.AddSearchApi();

var app = builder.Build();
app.UseSearchApi();
app.Run();

/// <summary>Visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the tests.</summary>
public partial class Program;
