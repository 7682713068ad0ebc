using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SearchEngine.Api.Tests.Process;

/// <summary>
/// The API as a real child process (<c>dotnet SearchEngine.Api.dll</c> from the test output) on a free loopback
/// port, for claims about processes: another process rebuilding, <c>kill -9</c>. Output is kept for failure messages.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly System.Diagnostics.Process _process;
    private readonly StringBuilder _output = new();

    private ApiProcess(System.Diagnostics.Process process, int port)
    {
        _process = process;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }

    /// <summary>The server's process id (the <c>dotnet</c> running it).</summary>
    public int Pid => _process.Id;
    public HttpClient Client { get; }
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>
    /// Starts the server with <paramref name="settings"/> (<c>Index:Path</c> …) and waits until it is ready: the
    /// test output's <c>SearchEngine.Api.dll</c>, or <paramref name="dll"/> (e.g. a publish folder's), run from its folder.
    /// </summary>
    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string> settings, string? dll = null)
    {
        var port = FreePort();
        dll ??= Path.Combine(AppContext.BaseDirectory, "SearchEngine.Api.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            // why: the content root (and so wwwroot) is the working directory, as when an operator runs the server.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var (key, value) in settings)
        {
            info.ArgumentList.Add($"--{key}={value}");
        }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["DOTNET_gcServer"] = "0";
        var process = System.Diagnostics.Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var api = new ApiProcess(process, port);
        process.OutputDataReceived += (_, e) => api.Append(e.Data);
        process.ErrorDataReceived += (_, e) => api.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await api.WaitUntilReadyAsync();
        return api;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    /// <summary>
    /// Waits for <c>/ready</c>; a first start builds its index in a nice-10 child, so the wait is the shared
    /// <see cref="ApiFactory.RebuildGuard"/> (a guard, not a speed claim: 60 s ran out once under CI load, with the
    /// child's start alone taking 27 s while the other test projects held both cores).
    /// </summary>
    public async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow + ApiFactory.RebuildGuard;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the server exited ({_process.ExitCode}):\n{Output}");
            try
            {
                using var response = await Client.GetAsync("/ready");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"the server did not become ready within {ApiFactory.RebuildGuard.TotalMinutes} min:\n{Output}");
    }

    /// <summary>
    /// SIGKILL: no shutdown hooks, no flush, exactly what a crash or the OOM killer does. With
    /// <paramref name="entireProcessTree"/> false only the server dies and its children (a rebuild) are left to notice.
    /// </summary>
    public void Kill(bool entireProcessTree = true)
    {
        _process.Kill(entireProcessTree);
        _process.WaitForExit();
    }

    /// <summary>The server's running child processes whose command line contains <paramref name="argument"/> (Linux).</summary>
    public IReadOnlyList<int> Children(string argument) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && Stat(pid) is { } stat && stat.ParentId == _process.Id && stat.State != 'Z'
                && CommandLine(pid).Contains(argument))
            .ToList();

    /// <summary>Whether process <paramref name="pid"/> still runs (a zombie has ended).</summary>
    public static bool IsRunning(int pid) => Stat(pid) is { State: not 'Z' };

    /// <summary>The nice value of process <paramref name="pid"/>'s main thread, as the kernel reports it.</summary>
    public static int Nice(int pid) => Stat(pid)?.Nice ?? throw new InvalidOperationException($"no process {pid}");

    /// <summary>Fields of <c>/proc/PID/stat</c>: state (3), parent (4), nice (19); null when it is gone.</summary>
    private static (char State, int ParentId, int Nice)? Stat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // why after the last ')': the command name in parentheses may contain spaces.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (fields[0][0], int.Parse(fields[1], CultureInfo.InvariantCulture), int.Parse(fields[16], CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
