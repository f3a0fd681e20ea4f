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

  private final JsonErrorCode code;
  private final @Nullable String pointer;
  private final String detail;
  private final @Nullable String leadId;
  private final String message;

  private FourfoldJsonException(FormatError error) {
    super(error.code().name());
    this.code = error.code();
    this.pointer = error.pointer();
    this.detail = error.detail();
    this.leadId = error.leadId();
    this.message = FormatError.message(code, pointer, detail);
  }

  static FourfoldJsonException of(FormatError error) {
    return new FourfoldJsonException(error);
  }

  /**
   * The stable error code.
   *
   * @return the code
   */
  public JsonErrorCode code() {
    return code;
  }

  /**
   * The RFC 6901 JSON Pointer of the offending value, relative to the value read.
   *
   * @return the pointer, or null for malformed JSON and limits that concern no single value
   */
  public @Nullable String pointer() {
    return pointer;
  }

  /**
   * What was expected, in English, without any input value.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }

  /**
   * The lead's id when a valid one was read before the error.
   *
   * @return the id, or null
   */
  public @Nullable String leadId() {
    return leadId;
  }

  /**
   * Code, masked pointer and detail; never an input value, never Jackson's location.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    return message;
  }

  /**
   * Equal to {@link #getMessage()}.
   *
   * @return the message
   */
  @Override
  public String getOriginalMessage() {
    return message;
  }

  /**
   * Equal to {@link #getMessage()}.
   *
   * @return the message
   */
  @Override
  public String getLocalizedMessage() {
    return message;
  }
}
