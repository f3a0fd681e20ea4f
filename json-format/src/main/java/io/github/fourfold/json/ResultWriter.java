package io.github.fourfold.json;

import io.github.fourfold.QualificationResult;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Writes results and errors as NDJSON (one line of JSON each, ending in LF) to a stream, through
 * one generator and without a buffer per result. Made by a binding's {@code
 * FourfoldJson.resultWriter}.
 *
 * <p>An error line is {@code {"error":{"file":…,"line":…,"index":…,"id":…,"code":…,"pointer":…,
 * "message":…}}}, with {@code file}, {@code line} or {@code index}, {@code id} and {@code pointer}
 * only where known. Output is buffered: a failure of the stream surfaces as an {@link IOException}
 * from this call, a later one, {@link #flush()} or {@link #close()}, and is never swallowed; after
 * one, what reached the stream is unknown. Not thread-safe.
 */
public interface ResultWriter extends Closeable, Flushable {
  /**
   * Writes a result as one line.
   *
   * @param result the result
   * @throws IOException when writing to the stream fails
   * @throws IllegalArgumentException when a text in the result has an unpaired surrogate, which
   *     JSON in UTF-8 cannot carry; nothing is written then
   */
  void writeResult(QualificationResult result) throws IOException;

  /**
   * Writes the error line of a record that could not be read.
   *
   * @param record an error record
   * @param file the input's name, or null (for standard input, say)
   * @throws IOException when writing to the stream fails
   * @throws IllegalArgumentException when the record is a lead
   */
  void writeError(LeadRecord record, @Nullable String file) throws IOException;

  /**
   * Writes the error line of a lead that was read but could not be processed, such as a qualifier
   * that failed: its position, its id, and a code and message of the caller's.
   *
   * @param record the lead's record
   * @param file the input's name, or null
   * @param code the error code, such as {@code QUALIFIER_FAILED}
   * @param message what happened, without personal data
   * @throws IOException when writing to the stream fails
   * @throws IllegalArgumentException when the record is an error
   */
  void writeFailure(LeadRecord record, @Nullable String file, String code, String message)
      throws IOException;

  /**
   * Writes what is buffered to the stream and flushes it.
   *
   * @throws IOException when writing fails
   */
  @Override
  void flush() throws IOException;

  /**
   * Flushes and releases the generator; the stream itself is left open.
   *
   * @throws IOException when writing fails
   */
  @Override
  void close() throws IOException;
}
