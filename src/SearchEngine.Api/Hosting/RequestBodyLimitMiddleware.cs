using Microsoft.AspNetCore.Http.Metadata;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Enforces an endpoint's <see cref="IRequestSizeLimitMetadata"/> on its request body, declared or streamed
/// (chunked), whatever the server: a larger body ends the request with a 413 that <c>ApiExceptionHandler</c> turns
/// into the <c>body-too-large</c> problem.
/// </summary>
/// <remarks>
/// why: Kestrel honours the metadata only through its own max-body-size feature, which other hosts (the test
/// server among them) lack; one wrapper makes the limit hold everywhere, before any byte is bound.
/// </remarks>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { MaxRequestBodySize: { } limit })
        {
            if (context.Request.ContentLength > limit) throw TooLarge(limit);
            context.Request.Body = new LimitedStream(context.Request.Body, limit);
        }
        return next(context);
    }

    private static BadHttpRequestException TooLarge(long limit) =>
        new($"the request body is larger than {limit} bytes", StatusCodes.Status413PayloadTooLarge);

    /// <summary>A read-only view of the body that fails once more than the limit has been read.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int read)
        {
            _read += read;
            if (_read > limit) throw TooLarge(limit);
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
