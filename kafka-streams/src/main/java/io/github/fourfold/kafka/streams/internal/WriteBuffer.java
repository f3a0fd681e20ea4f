package io.github.fourfold.kafka.streams.internal;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * A reusable buffer that a result is written into to be compared in place with the stored one, and
 * copied out only when it changed: during a daily pass most results do not change, so this saves
 * an array per lead. Used by one processor, on one thread.
 */
final class WriteBuffer extends ByteArrayOutputStream {
  private static final int INITIAL = 1024;

  /** A buffer grown beyond this by one large result is dropped rather than kept for every lead. */
  private static final int KEPT = 64 * 1024;

  WriteBuffer() {
    super(INITIAL);
  }

  /** Empties the buffer, giving up its array if one large result made it large. */
  void clear() {
    if (buf.length > KEPT) {
      buf = new byte[INITIAL];
    }
    reset();
  }

  /** Whether the buffer holds exactly {@code bytes[from, to)}. */
  boolean contentEquals(byte[] bytes, int from, int to) {
    return Arrays.equals(buf, 0, count, bytes, from, to);
  }

  /** Copies the buffer's content into {@code target} at {@code at}. */
  void copyTo(byte[] target, int at) {
    System.arraycopy(buf, 0, target, at, count);
  }
}
