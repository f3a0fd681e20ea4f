package io.github.fourfold.examples.qualify;

import java.io.IOException;
import java.io.OutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Standard output with its failures kept: unlike {@link java.io.PrintStream}, which swallows them,
 * every write that fails (a closed descriptor, a full disk, a reader that went away) throws, and
 * the first failure is remembered, so the command can stop and never call the run a success.
 * Buffers up to 64 KiB.
 */
final class CheckedOutput extends OutputStream {
  /** Thrown once standard output has failed; the command stops with status 3. */
  static final class Failed extends IOException {
    private static final long serialVersionUID = 1L;

    Failed(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private final OutputStream out;
  private final byte[] buffer = new byte[1 << 16];
  private int count;
  private @Nullable Failed failure;

  CheckedOutput(OutputStream out) {
    this.out = out;
  }

  /** The first failure, or null while every write has succeeded. */
  @Nullable Failed failure() {
    return failure;
  }

  @Override
  public void write(int b) throws IOException {
    if (count == buffer.length) {
      drain();
    }
    buffer[count++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (len > buffer.length - count) {
      drain();
      if (len >= buffer.length) {
        pass(b, off, len);
        return;
      }
    }
    System.arraycopy(b, off, buffer, count, len);
    count += len;
  }

  @Override
  public void flush() throws IOException {
    drain();
    try {
      out.flush();
    } catch (IOException e) {
      throw fail(e);
    }
  }

  private void drain() throws IOException {
    if (count > 0) {
      int n = count;
      count = 0;
      pass(buffer, 0, n);
    }
  }

  private void pass(byte[] bytes, int off, int len) throws IOException {
    if (failure != null) {
      throw failure;
    }
    try {
      out.write(bytes, off, len);
    } catch (IOException e) {
      throw fail(e);
    }
  }

  private Failed fail(IOException e) {
    if (failure == null) {
      failure = e instanceof Failed ? (Failed) e : new Failed(e);
    }
    return failure;
  }

  /** Why standard output failed, in words: the system's reason ("Broken pipe", "No space left on device"). */
  static String reason(IOException e) {
    Throwable cause = e instanceof Failed && e.getCause() != null ? e.getCause() : e;
    String message = cause.getMessage();
    return message == null || message.isBlank() ? "an input/output error" : message;
  }
}
