package io.github.fourfold.jackson.internal;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.fourfold.json.JsonReadOptions;
import io.github.fourfold.json.internal.Format;

/** The serializers and deserializers the module registers: one of each per described type. */
public final class FormatTypes {
  private FormatTypes() {}

  /** The serializers of every core type. */
  public static SimpleSerializers serializers() {
    SimpleSerializers s = new SimpleSerializers();
    for (Format.Described<?> described : Format.TYPES) {
      addSerializer(s, described);
    }
    return s;
  }

  /** The deserializers of every core type, reading with the given settings. */
  public static SimpleDeserializers deserializers(JsonReadOptions settings) {
    SimpleDeserializers d = new SimpleDeserializers();
    for (Format.Described<?> described : Format.TYPES) {
      addDeserializer(d, described, settings);
    }
    return d;
  }

  private static <T> void addSerializer(SimpleSerializers s, Format.Described<T> described) {
    s.addSerializer(
        described.type(), new FormatSerializer<>(described.type(), described.valueType()));
  }

  private static <T> void addDeserializer(
      SimpleDeserializers d, Format.Described<T> described, JsonReadOptions settings) {
    d.addDeserializer(
        described.type(),
        new FormatDeserializer<>(described.type(), settings, described.valueType()));
  }
}
