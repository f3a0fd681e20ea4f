package io.github.fourfold.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.fourfold.jackson.FourfoldJsonException;
import io.github.fourfold.json.JsonReadOptions;
import io.github.fourfold.json.internal.FormatError;
import io.github.fourfold.json.internal.FormatReader;
import io.github.fourfold.json.internal.ValueType;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A Jackson deserializer for one type of the format: hands the parser to {@link FormatReader}, so
 * none of Jackson's coercions, case-insensitive enums or last-duplicate-wins behaviour apply.
 */
final class FormatDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient JsonReadOptions settings;
  private final transient ValueType<T> type;
  private final boolean isEnum;

  FormatDeserializer(Class<T> type, JsonReadOptions settings, ValueType<T> valueType) {
    super(type);
    this.settings = settings;
    this.type = valueType;
    this.isEnum = type.isEnum();
  }

  @Override
  public @Nullable T deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    FormatReader.Outcome<T> outcome;
    try {
      outcome = FormatReader.read(new Jackson2Source(parser), settings, type, true, true);
    } catch (FormatError e) {
      throw Errors.toPublic(e);
    }
    FormatError error = outcome.error();
    if (error != null) {
      throw Errors.toPublic(error);
    }
    return outcome.value();
  }

  /**
   * Ignores any type information: the format has no polymorphic or class-name typing, also when a
   * caller's mapper has default typing switched on.
   */
  @Override
  public @Nullable Object deserializeWithType(
      JsonParser parser, DeserializationContext context, TypeDeserializer typeDeserializer)
      throws IOException {
    return deserialize(parser, context);
  }

  @Override
  public LogicalType logicalType() {
    return isEnum ? LogicalType.Enum : LogicalType.POJO;
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}
