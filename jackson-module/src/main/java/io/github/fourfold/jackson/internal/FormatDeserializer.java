package io.github.fourfold.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.fourfold.jackson.FourfoldJsonException;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A Jackson deserializer for one type of the format: hands the parser to {@link FormatReader}, so
 * none of Jackson's coercions, case-insensitive enums or last-duplicate-wins behaviour apply.
 */
final class FormatDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient ReadSettings settings;
  private final transient FormatReader.Kind<T> kind;
  private final boolean isEnum;

  FormatDeserializer(Class<T> type, ReadSettings settings, FormatReader.Kind<T> kind) {
    super(type);
    this.settings = settings;
    this.kind = kind;
    this.isEnum = type.isEnum();
  }

  @Override
  public @Nullable T deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    FormatReader.Outcome<T> outcome = FormatReader.read(parser, settings, kind);
    FourfoldJsonException error = outcome.error();
    if (error != null) {
      throw error;
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
