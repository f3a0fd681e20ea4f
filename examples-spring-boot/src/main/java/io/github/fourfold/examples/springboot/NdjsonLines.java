package io.github.fourfold.examples.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits an NDJSON body into lines, in memory bounded by the longest line allowed: one byte order
 * mark at the start is dropped; a line ends at LF (a CR before it is JSON whitespace); lines that
 * are empty or only whitespace are skipped; a line over the limit is skipped without being kept,
 * and reported as over-long. Not thread-safe.
 */
final class NdjsonLines {
  /** One line: its 1-based number and its bytes, or null when it was over the limit. */
  record Line(long number, byte @Nullable [] bytes) {}

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[64 * 1024];
  private int chunkStart;
  private int chunkEnd;
  private byte[] line = new byte[8 * 1024];
  private int lineLength;
  private long number;
  private boolean started;
  private boolean ended;

  NdjsonLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** {@return the next line that is not blank, or null at the end of the body} */
  @Nullable Line next() throws IOException {
    while (!ended) {
      number++;
      lineLength = 0;
      boolean tooLong = false;
      boolean blank = true;
      boolean endOfLine = false;
      while (!endOfLine) {
        if (chunkStart == chunkEnd && !fill()) {
          ended = true;
          if (lineLength == 0 && blank && !tooLong) {
            return null;
          }
          break;
        }
        int i = chunkStart;
        while (i < chunkEnd && chunk[i] != '\n') {
          byte b = chunk[i];
          blank &= b == ' ' || b == '\t' || b == '\r';
          i++;
        }
        endOfLine = i < chunkEnd;
        int n = i - chunkStart;
        if (!tooLong && lineLength + (long) n > maxLineBytes) {
          tooLong = true; // keep scanning for the end of the line, keep nothing of it
        }
        if (!tooLong) {
          append(chunkStart, n);
        }
        chunkStart = endOfLine ? i + 1 : i;
      }
      if (!blank) {
        return new Line(number, tooLong ? null : Arrays.copyOf(line, lineLength));
      }
    }
    return null;
  }

  private void append(int from, int n) {
    if (lineLength + n > line.length) {
      line = Arrays.copyOf(line, Math.max(lineLength + n, Math.min(line.length * 2, maxLineBytes)));
    }
    System.arraycopy(chunk, from, line, lineLength, n);
    lineLength += n;
  }

  private boolean fill() throws IOException {
    chunkStart = 0;
    if (!started) {
      started = true;
      chunkEnd = in.readNBytes(chunk, 0, 3);
      boolean bom =
          chunkEnd == 3
              && (chunk[0] & 0xFF) == 0xEF
              && (chunk[1] & 0xFF) == 0xBB
              && (chunk[2] & 0xFF) == 0xBF;
      chunkStart = bom ? 3 : 0;
      return chunkEnd > 0;
    }
    chunkEnd = Math.max(in.read(chunk), 0);
    return chunkEnd > 0;
  }
}
