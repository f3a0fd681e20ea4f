package io.github.fourfold.examples.qualify;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits a byte stream into NDJSON lines (LF or CRLF) without decoding them, so a line that is
 * not UTF-8 is an error for that line only. A line longer than the cap is not kept in memory:
 * it is reported as over-long and skipped to its end.
 */
final class LineReader {
  /** One physical line. */
  static final class Line {
    final long number;
    final byte[] bytes;
    final boolean overLong;

    Line(long number, byte[] bytes, boolean overLong) {
      this.number = number;
      this.bytes = bytes;
      this.overLong = overLong;
    }
  }

  private final InputStream in;
  private final int cap;
  private final byte[] chunk = new byte[64 * 1024];
  private int chunkPos;
  private int chunkLen;
  private byte[] line = new byte[1024];
  private long number;
  private boolean eof;

  LineReader(InputStream in, int cap) {
    this.in = in;
    this.cap = cap;
  }

  /** The next line, or null at the end of the input. */
  @Nullable Line next() throws IOException {
    if (eof) {
      return null;
    }
    int length = 0;
    boolean overLong = false;
    boolean sawAny = false;
    while (true) {
      if (chunkPos == chunkLen) {
        chunkLen = in.read(chunk, 0, chunk.length);
        chunkPos = 0;
        if (chunkLen <= 0) {
          chunkLen = 0;
          eof = true;
          if (!sawAny) {
            return null;
          }
          break;
        }
      }
      sawAny = true;
      // Scan for the end of the line first and copy the run at once: a byte-at-a-time copy
      // was the command's largest single cost after the JSON reader.
      int start = chunkPos;
      int end = start;
      while (end < chunkLen && chunk[end] != '\n') {
        end++;
      }
      int run = end - start;
      if (!overLong) {
        // Keep at most cap + 1 bytes: one over the cap may still be a CR that ends the line.
        if (run > cap + 1 - length) {
          overLong = true;
        } else {
          if (length + run > line.length) {
            line = Arrays.copyOf(line, Math.min(cap + 1, Math.max(length + run, line.length * 2)));
          }
          System.arraycopy(chunk, start, line, length, run);
          length += run;
        }
      }
      if (end < chunkLen) {
        chunkPos = end + 1;
        break;
      }
      chunkPos = chunkLen;
    }
    number++;
    if (!overLong && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    if (!overLong && length > cap) {
      overLong = true;
    }
    return new Line(number, overLong ? new byte[0] : Arrays.copyOf(line, length), overLong);
  }

  /** Whether a line holds only JSON whitespace (space, tab, CR, LF) or nothing. */
  static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }
}
