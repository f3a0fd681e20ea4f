package io.github.fourfold.jackson3;

import io.github.fourfold.jackson3.internal.Jackson3Sink;
import io.github.fourfold.jackson3.internal.Jackson3Source;
import io.github.fourfold.json.JsonReadOptions;
import io.github.fourfold.json.internal.Format;
import io.github.fourfold.json.internal.FormatError;
import io.github.fourfold.json.internal.FormatReader;
import io.github.fourfold.json.internal.FormatWriter;
import io.github.fourfold.json.internal.ValueType;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.type.LogicalType;

/** The Jackson 3 serializers and deserializers of every described type. */
final class Serializers {
  private Serializers() {}

  /**
   * The serializers of every core type.
   *
   * @return them
   */
  static SimpleSerializers serializers() {
    SimpleSerializers all = new SimpleSerializers();
    Format.TYPES.forEach(described -> addWriter(all, described));
    return all;
  }

  /**
   * The deserializers of every core type.
   *
   * @param options strictness and limits
   * @return them
   */
  static SimpleDeserializers deserializers(JsonReadOptions options) {
    SimpleDeserializers all = new SimpleDeserializers();
    Format.TYPES.forEach(described -> addReader(all, described, options));
    return all;
  }

  private static <T> void addWriter(SimpleSerializers all, Format.Described<T> described) {
    all.addSerializer(described.type(), new Writer<>(described.type(), described.valueType()));
  }

  private static <T> void addReader(
      SimpleDeserializers all, Format.Described<T> described, JsonReadOptions options) {
    all.addDeserializer(
        described.type(), new Reader<>(described.type(), described.valueType(), options));
  }

  /**
   * The public exception for an error of the format.
   *
   * @param error the error
   * @return the exception
   */
  static FourfoldJsonException toPublic(FormatError error) {
    return FourfoldJsonException.of(error);
  }

  /** Reads with the format's reader: no Jackson coercion, no type information. */
  private static final class Reader<T> extends StdDeserializer<T> {
    private final ValueType<T> valueType;
    private final JsonReadOptions options;

    Reader(Class<T> type, ValueType<T> valueType, JsonReadOptions options) {
      super(type);
      this.valueType = valueType;
      this.options = options;
    }

    @Override
    public @Nullable T deserialize(JsonParser parser, DeserializationContext context) {
      FormatReader.Outcome<T> outcome;
      try {
        outcome = FormatReader.read(Jackson3Source.of(parser), options, valueType, true, true);
      } catch (FormatError e) {
        throw toPublic(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      FormatError error = outcome.error();
      if (error != null) {
        throw toPublic(error);
      }
      return outcome.value();
    }

    @Override
    public @Nullable Object deserializeWithType(
        JsonParser parser, DeserializationContext context, TypeDeserializer ignored) {
      return deserialize(parser, context);
    }

    @Override
    public LogicalType logicalType() {
      return handledType().isEnum() ? LogicalType.Enum : LogicalType.POJO;
    }

    @Override
    public boolean isCachable() {
      return true;
    }
  }

  /** Writes with the format's writer, in the format's order, with no type information. */
  private static final class Writer<T> extends StdSerializer<T> {
    private final ValueType<T> valueType;

    Writer(Class<T> type, ValueType<T> valueType) {
      super(type);
      this.valueType = valueType;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializationContext context) {
      try {
        FormatWriter.write(new Jackson3Sink(generator), valueType, value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void serializeWithType(
        T value, JsonGenerator generator, SerializationContext context, TypeSerializer ignored) {
      serialize(value, generator, context);
    }
  }
}
