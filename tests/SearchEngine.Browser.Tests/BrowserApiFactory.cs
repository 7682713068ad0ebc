using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SearchEngine.Api.Tests;

namespace SearchEngine.Browser.Tests;

/// <summary>The API test server, plus the temporary <see cref="ContractBridge"/> until the backend serves the new contract.</summary>
public sealed class BrowserApiFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ContractBridgeStartup>());
    }
}
