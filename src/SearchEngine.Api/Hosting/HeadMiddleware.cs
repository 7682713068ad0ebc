namespace SearchEngine.Api.Hosting;

/// <summary>
/// HEAD works wherever GET does: the request runs as a GET (same status and headers, ETags included) and the body
/// is counted for <c>Content-Length</c> but not sent. Minimal-API <c>MapGet</c> routes match GET only (HEAD was 405).
/// </summary>
public sealed class HeadMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        context.Request.Method = HttpMethods.Get;
        var original = context.Response.Body;
        var counter = new CountingNullStream();
        context.Response.Body = counter;
        try
        {
            await next(context);
            if (!context.Response.HasStarted && context.Response.ContentLength is null)
            {
                context.Response.ContentLength = counter.Length;
            }
        }
        finally
        {
            context.Response.Body = original;
            context.Request.Method = HttpMethods.Head;
        }
    }

    /// <summary>Discards what is written and counts it.</summary>
    private sealed class CountingNullStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush() { }
        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }
    }
}
