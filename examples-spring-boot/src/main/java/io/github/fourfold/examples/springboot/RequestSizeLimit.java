package io.github.fourfold.examples.springboot;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body: {@code fourfold.max-lead-bytes} (default 1 MiB, the format's limit for
 * one lead) for a single lead, {@code fourfold.max-ndjson-bytes} (default 64 MiB) for an NDJSON
 * stream. A body whose declared length is over the limit is refused before a byte of it is read;
 * one that arrives in chunks is cut off at the limit. Either way the reader sees {@link
 * RequestTooLargeException}.
 */
@Component
final class RequestSizeLimit extends OncePerRequestFilter {
  private final long maxLeadBytes;
  private final long maxNdjsonBytes;

  RequestSizeLimit(
      @Value("${fourfold.max-lead-bytes}") long maxLeadBytes,
      @Value("${fourfold.max-ndjson-bytes}") long maxNdjsonBytes) {
    this.maxLeadBytes = maxLeadBytes;
    this.maxNdjsonBytes = maxNdjsonBytes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType();
    boolean ndjson =
        type != null && MediaType.APPLICATION_NDJSON.isCompatibleWith(MediaType.parseMediaType(type));
    chain.doFilter(new Bounded(request, ndjson ? maxNdjsonBytes : maxLeadBytes), response);
  }

  /** The request with a body that cannot be read past the limit. */
  private static final class Bounded extends HttpServletRequestWrapper {
    private final long limit;
    private @Nullable ServletInputStream body;

    Bounded(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (body == null) {
        body = new LimitedInputStream(super.getInputStream(), getContentLengthLong(), limit);
      }
      return body;
    }
  }

  /** Counts what is read and fails at the limit; a declared length over it fails at once. */
  private static final class LimitedInputStream extends ServletInputStream {
    private final ServletInputStream in;
    private final long declared;
    private final long limit;
    private long read;

    LimitedInputStream(ServletInputStream in, long declared, long limit) {
      this.in = in;
      this.declared = declared;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      check();
      int b = in.read();
      if (b >= 0) {
        read++;
      }
      check();
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      check();
      // Never read more than one byte past the limit, so an over-long body is noticed, not buffered.
      int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
      if (n > 0) {
        read += n;
      }
      check();
      return n;
    }

    private void check() throws RequestTooLargeException {
      if (declared > limit || read > limit) {
        throw new RequestTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
