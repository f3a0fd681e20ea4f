package io.github.fourfold.json;

import io.github.fourfold.json.internal.FormatError;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Why one record of a stream of leads could not be read: the same code, pointer, detail and lead
 * id as a binding's {@code FourfoldJsonException} for the same input, as a value rather than an
 * exception. It never holds a value from the input other than the lead's id.
 */
@Value.Immutable
public abstract class JsonReadError {
  JsonReadError() {}

  /** {@return the stable error code} */
  @Value.Parameter
  public abstract JsonErrorCode code();

  /**
   * {@return the RFC 6901 pointer of the offending value relative to the lead, or null} Null for
   * malformed JSON and for limits that concern no single value.
   */
  @Value.Parameter
  public abstract @Nullable String pointer();

  /** {@return what was expected, in English, without any value from the input} */
  @Value.Parameter
  public abstract String detail();

  /** {@return the lead's id when the reader found a valid one before the error, else null} */
  @Value.Parameter
  public abstract @Nullable String leadId();

  /**
   * {@return the message} The code, the pointer (names the format does not define masked as
   * {@code *}) and the detail, as the bindings' exceptions word it.
   */
  @Value.Lazy
  public String message() {
    return FormatError.message(code(), pointer(), detail());
  }

  /**
   * Creates an error.
   *
   * @param code the code
   * @param pointer the pointer of the offending value, or null
   * @param detail what was expected, without input values
   * @param leadId the lead's id, or null
   * @return the error
   */
  public static JsonReadError of(
      JsonErrorCode code, @Nullable String pointer, String detail, @Nullable String leadId) {
    return ImmutableJsonReadError.of(code, pointer, detail, leadId);
  }
}
