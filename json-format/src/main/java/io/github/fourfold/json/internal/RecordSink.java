package io.github.fourfold.json.internal;

import java.io.Closeable;
import java.io.IOException;

/**
 * A token sink that writes a sequence of top-level values, one per line: what the binding's
 * generator adds for {@link NdjsonWriter}. Its failures of the output are {@link IOException}s.
 */
public interface RecordSink extends TokenSink, Closeable {
  /**
   * Writes a whole number.
   *
   * @param value the number
   * @throws IOException when writing fails
   */
  void number(long value) throws IOException;

  /**
   * Ends the current line (writes LF); the generator writes nothing between top-level values.
   *
   * @throws IOException when writing fails
   */
  void endLine() throws IOException;

  /**
   * Flushes the generator and its stream.
   *
   * @throws IOException when writing fails
   */
  void flush() throws IOException;

  /**
   * Flushes and closes the generator, not its stream.
   *
   * @throws IOException when writing fails
   */
  @Override
  void close() throws IOException;
}
