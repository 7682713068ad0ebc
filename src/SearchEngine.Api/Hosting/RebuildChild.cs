using System.Globalization;
using SearchEngine.Core.Embeddings;
using SearchEngine.Core.Indexing;
using SearchEngine.Core.Limits;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// The server's build-only mode: <c>SearchEngine.Api.dll rebuild-index --index ROOT --source PATH… --embeddings
/// MODE --wait SECONDS</c> builds and publishes one generation (as <c>searchengine index</c> does) and exits; no web
/// host starts. The server runs its own rebuilds this way (<see cref="RebuildProcess"/>), not for operators.
/// </summary>
/// <remarks>
/// why the server's own entry point and not the CLI: the server ships as the publish output of this project alone,
/// so this is the one executable sure to be there, in the same version as the server.
/// <para/>why a process at all: a build in the serving process made <c>/health</c>'s p99 80–113 ms even on nice-10
/// threads, because its allocations and garbage collections are the serving process's. Here the whole process runs
/// at nice 10 (<see cref="BackgroundPriority.LowerProcess"/>) with a heap of its own.
/// <para/>It exits when its standard input closes: the server holds the other end and never writes, so the pipe
/// closes when the server exits in any way, <c>kill -9</c> included, and a build never outlives its server. (Not
/// <c>prctl(PR_SET_PDEATHSIG)</c>: it fires when the parent's <em>thread</em> that started the child ends, which in
/// .NET may be any thread-pool thread, and it is Linux-only.)
/// </remarks>
public static class RebuildChild
{
    public const string Verb = "rebuild-index";

    /// <summary>Exit code when another builder held the index lock for the whole wait (as <c>searchengine index</c>).</summary>
    public const int LockedExitCode = 4;

    /// <summary>Exit code when standard input closed (the server is gone) before the build finished.</summary>
    public const int ParentGoneExitCode = 5;

    public static bool IsRequested(string[] args) => args is [Verb, ..];

    /// <summary>The arguments for a build of <paramref name="sources"/> into <paramref name="location"/>.</summary>
    public static IReadOnlyList<string> Arguments(IndexLocation location, IReadOnlyList<string> sources,
        EmbeddingMode embeddings, TimeSpan lockWait) =>
    [
        Verb, "--index", location.Root, .. sources.SelectMany(s => (string[])["--source", s]),
        "--embeddings", embeddings.ToString().ToLowerInvariant(),
        "--wait", ((int)lockWait.TotalSeconds).ToString(CultureInfo.InvariantCulture),
    ];

    /// <summary>Runs the build <paramref name="args"/> (starting with <see cref="Verb"/>) asks for; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        ExitWhenInputCloses();
        var nice = BackgroundPriority.LowerProcess();
        var output = Console.Out;
        // why before the build: it first waits for the index lock, maybe for long; the server shows this meanwhile.
        output.WriteLine(new RebuildMessage(RebuildMessage.Stage, nice is { } n ? $"started at nice {n}" : "started"));
        try
        {
            var (location, sources, embeddings, wait) = Parse(args);
            using var embedder = Embedder.Create(embeddings, Path.Combine(location.Root, "vectors"));
            var result = IndexPipeline.Build(sources, location,
                stage: new LineProgress(s => output.WriteLine(new RebuildMessage(RebuildMessage.Stage, s))),
                settings: new IndexPipeline.Settings { LockWait = wait }, embedder: embedder);
            // why the first 20: as 'searchengine index' prints them; the count says how many more there were.
            foreach (var issue in result.Report.Issues.Take(20))
            {
                output.WriteLine(new RebuildMessage(RebuildMessage.Issue, issue.ToString()));
            }
            output.WriteLine(new RebuildMessage(RebuildMessage.Built,
                string.Create(CultureInfo.InvariantCulture, $"{result.Meta.Papers}\t{result.Report.Issues.Count}")));
            return 0;
        }
        catch (Exception e)
        {
            output.WriteLine(new RebuildMessage(RebuildMessage.Failed, e.Message));
            Console.Error.WriteLine(e.ToString());
            return e is IndexLockedException ? LockedExitCode : 1;
        }
    }

    private static (IndexLocation Location, List<string> Sources, EmbeddingMode Embeddings, TimeSpan Wait) Parse(string[] args)
    {
        string? index = null;
        var sources = new List<string>();
        var embeddings = EmbeddingMode.Auto;
        var wait = TimeSpan.Zero;
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i - 1])
            {
                case "--index": index = value; break;
                case "--source": sources.Add(value); break;
                case "--embeddings": embeddings = Enum.Parse<EmbeddingMode>(value, ignoreCase: true); break;
                case "--wait": wait = TimeSpan.FromSeconds(int.Parse(value, CultureInfo.InvariantCulture)); break;
                default: throw new ArgumentException($"unknown option {args[i - 1]}");
            }
        }
        if (index is null || sources.Count == 0) throw new ArgumentException("--index and at least one --source are needed");
        return (new IndexLocation(index), sources, embeddings, wait);
    }

    private static void ExitWhenInputCloses()
    {
        var input = Console.OpenStandardInput();
        new Thread(() =>
        {
            var buffer = new byte[64];
            try
            {
                while (input.Read(buffer) > 0)
                {
                    // the server never writes; anything read is ignored
                }
            }
            catch (IOException)
            {
                // a broken pipe is a closed one
            }
            Environment.Exit(ParentGoneExitCode);
        })
        {
            Name = "server watch",
            IsBackground = true,
        }.Start();
    }

    /// <summary>Reports synchronously on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class LineProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
