package io.github.fourfold.jackson3.internal;

import io.github.fourfold.json.internal.RecordSink;
import java.math.BigDecimal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.StreamWriteException;
import tools.jackson.databind.util.TokenBuffer;

/**
 * A Jackson 3 {@link JsonGenerator} as the format writer's token sink. Jackson 3 reports a failed
 * write as an unchecked {@code JacksonIOException}: {@link Jackson3Lines} turns it back into the
 * {@link java.io.IOException} it wraps.
 */
public final class Jackson3Sink implements RecordSink {
  private final JsonGenerator out;

  /**
   * Wraps a generator.
   *
   * @param generator the generator
   */
  public Jackson3Sink(JsonGenerator generator) {
    this.out = generator;
  }

  @Override
  public void startObject() {
    out.writeStartObject();
  }

  @Override
  public void endObject() {
    out.writeEndObject();
  }

  @Override
  public void startArray() {
    out.writeStartArray();
  }

  @Override
  public void endArray() {
    out.writeEndArray();
  }

  @Override
  public void name(String name) {
    out.writeName(name);
  }

  @Override
  public void string(String value) {
    out.writeString(value);
  }

  @Override
  public void number(int value) {
    out.writeNumber(value);
  }

  /** Exact into a token buffer ({@code convertValue}, {@code valueToTree}), else as text. */
  @Override
  public void decimal(BigDecimal value, String text) {
    if (out instanceof TokenBuffer) {
      out.writeNumber(value);
    } else {
      out.writeNumber(text);
    }
  }

  @Override
  public void bool(boolean value) {
    out.writeBoolean(value);
  }

  @Override
  public void unwritable(String message) {
    throw new StreamWriteException(out, message);
  }

  @Override
  public void number(long value) {
    out.writeNumber(value);
  }

  @Override
  public void endLine() {
    out.writeRaw('\n');
  }

  @Override
  public void flush() {
    out.flush();
  }

  @Override
  public void close() {
    out.close();
  }
}
