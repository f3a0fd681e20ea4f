package io.github.fourfold.jackson3;

import io.github.fourfold.json.JsonErrorCode;
import io.github.fourfold.json.internal.FormatError;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DatabindException;

/**
 * Thrown when Jackson 3 input is not a valid Fourfold value: the same code, JSON Pointer, detail
 * and message as the Jackson 2 binding reports for the same input. The message never quotes the
 * input (it may carry personal data); pointer segments the format does not define are shown as
 * {@code *} there, and {@link #pointer()} has them in full. No cause is attached.
 *
 * <p>It is a {@link DatabindException} (unchecked, as every Jackson 3 exception), so it passes
 * unchanged through {@code JsonMapper.readValue(...)}.
 */
public final class FourfoldJsonException extends DatabindException {
  private static final long serialVersionUID = 1L;

  /** What went wrong and where; the same object the Jackson 2 binding reports from. */
  private final transient FormatError error;

  private FourfoldJsonException(FormatError error) {
    super(FormatError.message(error.code(), error.pointer(), error.detail()));
    this.error = error;
  }

  static FourfoldJsonException of(FormatError error) {
    return new FourfoldJsonException(error);
  }

  /** {@return the stable error code} */
  public JsonErrorCode code() {
    return error.code();
  }

  /**
   * {@return the RFC 6901 JSON Pointer of the offending value, relative to the value read; null for
   * malformed JSON and for limits that concern no single value}
   */
  public @Nullable String pointer() {
    return error.pointer();
  }

  /** {@return what was expected, in English, without any input value} */
  public String detail() {
    return error.detail();
  }

  /** {@return the lead's id when a valid one was read before the error, else null} */
  public @Nullable String leadId() {
    return error.leadId();
  }

  /**
   * {@return the code, the masked pointer and the detail} Jackson's location and reference chain
   * are left out: they may name keys from the input.
   */
  @Override
  public String getMessage() {
    return getOriginalMessage();
  }
}
