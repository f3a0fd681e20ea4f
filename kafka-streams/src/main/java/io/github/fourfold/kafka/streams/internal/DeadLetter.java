package io.github.fourfold.kafka.streams.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * One dead letter: the error line of the JSON format, {@code {"error":{...}}}, with the record's
 * topic, partition and offset where the format's command has a file and a line.
 */
final class DeadLetter {
  /** The code of a qualifier that threw or returned no result (as in the format). */
  static final String QUALIFIER_FAILED = "QUALIFIER_FAILED";

  /** The code of a record whose key is missing or is not the lead's id. */
  static final String KEY_MISMATCH = "KEY_MISMATCH";

  private static final JsonFactory FACTORY = new JsonFactory();

  private DeadLetter() {}

  /**
   * The error line.
   *
   * @param topic the record's topic, or null when there is no record (a re-qualification pass)
   * @param partition the record's partition, or -1
   * @param offset the record's offset, or -1
   * @param id the lead's id when it could be read, or null
   * @param code the error code
   * @param pointer the JSON Pointer of the offending value, or null
   * @param message what was expected, never a value from the input
   * @return the line as UTF-8 JSON, without a line break
   */
  static byte[] line(
      @Nullable String topic,
      int partition,
      long offset,
      @Nullable String id,
      String code,
      @Nullable String pointer,
      String message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeObjectFieldStart("error");
      if (topic != null) {
        g.writeStringField("topic", topic);
        g.writeNumberField("partition", partition);
        g.writeNumberField("offset", offset);
      }
      if (id != null) {
        g.writeStringField("id", id);
      }
      g.writeStringField("code", code);
      if (pointer != null) {
        g.writeStringField("pointer", pointer);
      }
      g.writeStringField("message", message);
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      // A generator over a byte array does no I/O.
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
