package io.github.fourfold.json.internal;

import io.github.fourfold.json.JsonErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * An error of the format found while reading: code, pointer, what was expected and the lead's id.
 * Each binding turns it into its own public exception. Carries no stack trace and no input text.
 */
public final class FormatError extends java.io.IOException {
  private static final long serialVersionUID = 1L;

  private final JsonErrorCode code;
  private final @Nullable String pointer;
  private final String detail;
  private final @Nullable String leadId;

  /**
   * Creates the error.
   *
   * @param code the code
   * @param pointer the RFC 6901 pointer of the offending value, or null
   * @param detail what was expected, without any input value
   * @param leadId the lead's id when it was read, or null
   */
  public FormatError(
      JsonErrorCode code, @Nullable String pointer, String detail, @Nullable String leadId) {
    super(code.name());
    this.code = code;
    this.pointer = pointer;
    this.detail = detail;
    this.leadId = leadId;
  }

  /**
   * The code.
   *
   * @return the code
   */
  public JsonErrorCode code() {
    return code;
  }

  /**
   * The pointer.
   *
   * @return the pointer, or null
   */
  public @Nullable String pointer() {
    return pointer;
  }

  /**
   * What was expected.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }

  /**
   * The lead's id.
   *
   * @return the id, or null
   */
  public @Nullable String leadId() {
    return leadId;
  }

  /**
   * The message every binding's exception shows: code, pointer with undefined names masked, and
   * detail; never an input value.
   *
   * @param code the code
   * @param pointer the pointer, or null
   * @param detail what was expected
   * @return the message
   */
  public static String message(JsonErrorCode code, @Nullable String pointer, String detail) {
    return code.name()
        + (pointer == null ? "" : " at \"" + Pointers.mask(pointer) + "\"")
        + ": "
        + detail;
  }

  /** No stack trace: the error is an outcome of reading, not a bug, and is made often. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
