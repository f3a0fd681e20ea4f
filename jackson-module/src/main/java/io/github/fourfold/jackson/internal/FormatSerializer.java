package io.github.fourfold.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.fourfold.json.internal.FormatWriter;
import io.github.fourfold.json.internal.ValueType;
import java.io.IOException;

/** A Jackson serializer for one type of the format: hands the generator to {@link FormatWriter}. */
final class FormatSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient ValueType<T> type;

  FormatSerializer(Class<T> type, ValueType<T> valueType) {
    super(type);
    this.type = valueType;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    FormatWriter.write(new Jackson2Sink(generator), type, value);
  }

  /** Writes no type information: the format has no polymorphic or class-name typing. */
  @Override
  public void serializeWithType(
      T value, JsonGenerator generator, SerializerProvider provider, TypeSerializer typeSerializer)
      throws IOException {
    serialize(value, generator, provider);
  }
}
