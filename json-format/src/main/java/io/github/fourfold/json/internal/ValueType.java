package io.github.fourfold.json.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How one kind of JSON value of the format is read and written (jackson-jr's {@code ValueReader},
 * with the writer beside it), and which JSON type the schema gives it.
 *
 * @param <V> the Java type of the value
 */
public abstract class ValueType<V> {
  /** Reads a value at the reader's current token. */
  @FunctionalInterface
  interface Read<V> {
    @Nullable V read(FormatReader reader) throws IOException;
  }

  /** Writes a value; {@code property} names it in errors. */
  @FunctionalInterface
  interface Write<V> {
    void write(FormatWriter writer, V value, String property) throws IOException;
  }

  private final String jsonType;

  ValueType(String jsonType) {
    this.jsonType = jsonType;
  }

  /** A scalar type from its reader and writer. */
  static <V> ValueType<V> of(String jsonType, Read<V> read, Write<V> write) {
    return new ValueType<V>(jsonType) {
      @Override
      public @Nullable V read(FormatReader reader) throws IOException {
        return read.read(reader);
      }

      @Override
      void write(FormatWriter writer, V value, String property) throws IOException {
        write.write(writer, value, property);
      }
    };
  }

  /** A list of elements of a type; an empty list is written only when the property is required. */
  static <E> ValueType<List<E>> listOf(ValueType<E> element) {
    return new ValueType<List<E>>("array") {
      @Override
      public @Nullable List<E> read(FormatReader reader) throws IOException {
        return reader.list(element);
      }

      @Override
      void write(FormatWriter writer, List<E> values, String property) throws IOException {
        writer.sink().startArray();
        for (E value : values) {
          element.write(writer, value, property);
        }
        writer.sink().endArray();
      }

      @Override
      boolean isEmpty(List<E> value) {
        return value.isEmpty();
      }

      @Override
      boolean isList() {
        return true;
      }
    };
  }

  /** The attributes object: string values under any names. */
  static final ValueType<Map<String, String>> ATTRIBUTES =
      new ValueType<Map<String, String>>("object") {
        @Override
        public @Nullable Map<String, String> read(FormatReader reader) throws IOException {
          return reader.attributes();
        }

        @Override
        void write(FormatWriter writer, Map<String, String> values, String property)
            throws IOException {
          writer.sink().startObject();
          for (Map.Entry<String, String> attribute : values.entrySet()) {
            writer.checkText(property, attribute.getKey());
            writer.checkText(property, attribute.getValue());
            writer.sink().name(attribute.getKey());
            writer.sink().string(attribute.getValue());
          }
          writer.sink().endObject();
        }

        @Override
        boolean isEmpty(Map<String, String> value) {
          return value.isEmpty();
        }

        @Override
        boolean isMap() {
          return true;
        }
      };

  /**
   * Reads a value at the reader's current token, leaving the reader on its last token.
   *
   * @param reader the reader
   * @return the value, or null when it is absent or invalid (then an error is recorded)
   * @throws IOException on malformed input, an exceeded limit, or an I/O error
   */
  public abstract @Nullable V read(FormatReader reader) throws IOException;

  abstract void write(FormatWriter writer, V value, String property) throws IOException;

  /** The JSON Schema type of a present value: string, integer, number, boolean, object, array. */
  public String jsonType() {
    return jsonType;
  }

  boolean isEmpty(V value) {
    return false;
  }

  boolean isList() {
    return false;
  }

  boolean isMap() {
    return false;
  }
}
