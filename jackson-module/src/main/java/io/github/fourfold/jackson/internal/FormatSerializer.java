package io.github.fourfold.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** A Jackson serializer for one type of the format: hands the generator to {@link FormatWriter}. */
final class FormatSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient FormatWriter.Writer<T> writer;

  FormatSerializer(Class<T> type, FormatWriter.Writer<T> writer) {
    super(type);
    this.writer = writer;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    writer.write(generator, value);
  }

  /** Writes no type information: the format has no polymorphic or class-name typing. */
  @Override
  public void serializeWithType(
      T value, JsonGenerator generator, SerializerProvider provider, TypeSerializer typeSerializer)
      throws IOException {
    serialize(value, generator, provider);
  }
}
