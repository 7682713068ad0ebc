namespace SearchEngine.Tools.Bench;

/// <summary>A peer engine could not run (not installed, or it failed); the bench reports it and goes on without it.</summary>
public sealed class PeerUnavailableException(string message) : Exception(message);
