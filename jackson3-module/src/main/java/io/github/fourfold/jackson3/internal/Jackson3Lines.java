package io.github.fourfold.jackson3.internal;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.json.LeadRecord;
import io.github.fourfold.json.ResultWriter;
import io.github.fourfold.json.internal.NdjsonWriter;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The shared NDJSON writer on a Jackson 3 generator, with the stream's failures thrown as the
 * {@link IOException} that Jackson 3 wraps in an unchecked exception, as {@link ResultWriter}
 * promises.
 */
public final class Jackson3Lines implements ResultWriter {
  private final NdjsonWriter writer;

  /**
   * Wraps a generator.
   *
   * @param generator a generator that writes nothing between top-level values
   */
  public Jackson3Lines(JsonGenerator generator) {
    this.writer = new NdjsonWriter(new Jackson3Sink(generator));
  }

  @Override
  public void writeResult(QualificationResult result) throws IOException {
    try {
      writer.writeResult(result);
    } catch (JacksonIOException e) {
      throw unwrap(e);
    }
  }

  @Override
  public void writeError(LeadRecord record, @Nullable String file) throws IOException {
    try {
      writer.writeError(record, file);
    } catch (JacksonIOException e) {
      throw unwrap(e);
    }
  }

  @Override
  public void writeFailure(LeadRecord record, @Nullable String file, String code, String message)
      throws IOException {
    try {
      writer.writeFailure(record, file, code, message);
    } catch (JacksonIOException e) {
      throw unwrap(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      writer.flush();
    } catch (JacksonIOException e) {
      throw unwrap(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } catch (JacksonIOException e) {
      throw unwrap(e);
    }
  }

  private static IOException unwrap(JacksonIOException e) {
    Throwable cause = e.getCause();
    return cause instanceof IOException io ? io : new IOException(e.getOriginalMessage(), e);
  }
}
