package io.github.fourfold.examples.qualify;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Keeps the bytes read since a mark, so that the exact text of one array element can be handed
 * to the lead reader after a streaming parser has skipped over it. Memory stays bounded: past
 * {@code cap} retained bytes it keeps only a short tail and reports an overflow instead.
 */
final class RecordingInputStream extends FilterInputStream {
  private static final int TAIL = 64 * 1024;

  private final int cap;
  private byte[] buffer = new byte[8192];
  private int length;
  private long base;
  private long position;
  private boolean overflow;

  RecordingInputStream(InputStream in, int cap) {
    super(in);
    this.cap = cap;
  }

  /** Forget everything before {@code offset}; from there on, bytes are kept again. */
  void markAt(long offset) {
    if (offset < base || offset > position) {
      throw new IllegalStateException("mark outside the retained window");
    }
    int drop = (int) (offset - base);
    System.arraycopy(buffer, drop, buffer, 0, length - drop);
    length -= drop;
    base = offset;
    overflow = false;
  }

  /** Whether bytes after the last mark were dropped because there were more than the cap. */
  boolean overflowed() {
    return overflow;
  }

  /** A copy of the bytes from {@code start} to {@code end} (absolute offsets in the stream). */
  byte[] slice(long start, long end) {
    if (overflow || start < base || end > position || start > end) {
      throw new IllegalStateException("slice outside the retained window");
    }
    return Arrays.copyOfRange(buffer, (int) (start - base), (int) (end - base));
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      keep(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      keep(b, off, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes would leave a hole in the window; read them instead.
    byte[] scratch = new byte[(int) Math.min(n, 8192)];
    int read = read(scratch, 0, scratch.length);
    return Math.max(read, 0);
  }

  private void keep(byte[] b, int off, int n) {
    position += n;
    if (length + n > cap) {
      // Too long to hand over whole. Keep only a tail, long enough to hold the start of the
      // next element, which the parser may already have read ahead (its buffer is 8000 bytes).
      overflow = true;
      int keepTail = Math.min(TAIL, length);
      System.arraycopy(buffer, length - keepTail, buffer, 0, keepTail);
      base += length - keepTail;
      length = keepTail;
      if (n > TAIL) {
        length = 0;
        off += n - TAIL;
        n = TAIL;
        base = position - TAIL;
      }
    }
    if (length + n > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + n));
    }
    System.arraycopy(b, off, buffer, length, n);
    length += n;
  }
}
