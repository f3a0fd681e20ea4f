package io.github.fourfold.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.fourfold.json.internal.RecordSink;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * A Jackson 2 {@link JsonGenerator} as the format writer's token sink; for NDJSON, over a generator
 * without a root value separator.
 */
public final class Jackson2Sink implements RecordSink {
  private final JsonGenerator g;

  /**
   * Wraps a generator.
   *
   * @param generator the generator
   */
  public Jackson2Sink(JsonGenerator generator) {
    this.g = generator;
  }

  @Override
  public void startObject() throws IOException {
    g.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    g.writeEndObject();
  }

  @Override
  public void startArray() throws IOException {
    g.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    g.writeEndArray();
  }

  @Override
  public void name(String name) throws IOException {
    g.writeFieldName(name);
  }

  @Override
  public void string(String value) throws IOException {
    g.writeString(value);
  }

  @Override
  public void number(int value) throws IOException {
    g.writeNumber(value);
  }

  @Override
  public void decimal(BigDecimal value, String text) throws IOException {
    if (g instanceof TokenBuffer) {
      // convertValue() and valueToTree() buffer tokens: hand over the exact value, as a
      // buffered number text would be read back as a double.
      g.writeNumber(value);
    } else {
      g.writeNumber(text);
    }
  }

  @Override
  public void bool(boolean value) throws IOException {
    g.writeBoolean(value);
  }

  @Override
  public void unwritable(String message) throws IOException {
    throw new JsonGenerationException(message, g);
  }

  @Override
  public void number(long value) throws IOException {
    g.writeNumber(value);
  }

  @Override
  public void endLine() throws IOException {
    g.writeRaw('\n');
  }

  @Override
  public void flush() throws IOException {
    g.flush();
  }

  @Override
  public void close() throws IOException {
    g.close();
  }
}
