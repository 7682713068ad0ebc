namespace SearchEngine.Cli;

/// <summary>Process exit codes shared by all commands.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Nothing could be done: no readable input at all.</summary>
    public const int NothingRead = 1;
    /// <summary>Invalid arguments or request (bad sort, inverted range...).</summary>
    public const int BadInput = 2;
    /// <summary>The index is missing or unreadable.</summary>
    public const int NoIndex = 3;
    /// <summary>Another process builds or writes the index (its lock is held).</summary>
    public const int Locked = 4;
    /// <summary><c>searchengine-tools bench</c>: a peer engine asked for could not run (the other figures are printed).</summary>
    public const int PeerUnavailable = 5;
}
