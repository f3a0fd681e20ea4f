package io.github.fourfold.jackson;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.fourfold.json.JsonErrorCode;
import io.github.fourfold.json.internal.FormatError;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when JSON input cannot be read as a Fourfold value: the one exception type for every
 * invalid input, carrying the format's stable {@link JsonErrorCode} and the JSON Pointer of the
 * offending value.
 *
 * <p>The pointer ({@link #pointer()}) follows RFC 6901 and is relative to the value being read
 * ({@code ""} is the lead itself); for a missing required property it names that property, for
 * example {@code /problems/0/statement}. {@link JsonErrorCode#MALFORMED_JSON} carries no pointer.
 *
 * <p>The message is English and never quotes a value from the input, which may carry personal
 * data: it says what was expected and where. In the message, pointer segments that the format does
 * not define (names of unknown properties, keys of {@code attributes}) are replaced by {@code *};
 * {@link #pointer()} has them in full. No cause is attached, because the parser's own messages can
 * quote the input.
 *
 * <p>It extends Jackson's {@link JsonMappingException}, so it passes unchanged through
 * {@code ObjectMapper.readValue(...)}, also when a lead is nested inside your own types.
 */
public final class FourfoldJsonException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /** The error code. */
  private final JsonErrorCode code;

  /** The JSON Pointer of the offending value, if any. */
  private final @Nullable String pointer;

  /** What was expected, without input values. */
  private final String detail;

  /** The lead's id, when it was read. */
  private final @Nullable String leadId;

  /** The message: code, masked pointer and detail. */
  private final String message;

  /**
   * Creates the exception for a code, the pointer of the offending value and what was expected.
   *
   * @param code the error code
   * @param pointer the RFC 6901 pointer of the offending value relative to the value read, or
   *     null (always null for {@link JsonErrorCode#MALFORMED_JSON})
   * @param detail what was expected there, in English, without any input value
   */
  public FourfoldJsonException(JsonErrorCode code, @Nullable String pointer, String detail) {
    this(code, pointer, detail, null);
  }

  /**
   * Creates the exception for a code, a pointer, what was expected and the id of the lead it is
   * about.
   *
   * @param code the error code
   * @param pointer the RFC 6901 pointer of the offending value relative to the value read, or null
   * @param detail what was expected there, in English, without any input value
   * @param leadId the lead's id when it could be read, or null
   */
  public FourfoldJsonException(
      JsonErrorCode code, @Nullable String pointer, String detail, @Nullable String leadId) {
    super(null, code.name());
    this.code = code;
    this.pointer = pointer;
    this.detail = detail;
    this.leadId = leadId;
    this.message = FormatError.message(code, pointer, detail);
  }

  /**
   * The stable error code, for programs that react to the kind of error.
   *
   * @return the code
   */
  public JsonErrorCode code() {
    return code;
  }

  /**
   * Where the error is: the RFC 6901 JSON Pointer of the offending value, relative to the value
   * being read ({@code ""} is that value itself).
   *
   * @return the pointer, or null for malformed JSON and for limits that concern no single value
   */
  public @Nullable String pointer() {
    return pointer;
  }

  /**
   * What was expected at the pointer, in English, without any value from the input.
   *
   * @return the description
   */
  public String detail() {
    return detail;
  }

  /**
   * The id of the lead the error is about, for error reports that name the lead: set when the
   * reader found a valid {@code id} in the lead before it gave up, null otherwise.
   *
   * @return the lead's id, or null
   */
  public @Nullable String leadId() {
    return leadId;
  }

  /**
   * The code, the pointer (unknown names masked) and what was expected; never an input value.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    return message;
  }

  /**
   * The same as {@link #getMessage()}: Jackson's reference chain and location are left out, as
   * they may name keys from the input.
   *
   * @return the message
   */
  @Override
  public String getOriginalMessage() {
    return message;
  }

  /**
   * The same as {@link #getMessage()}.
   *
   * @return the message
   */
  @Override
  public String getLocalizedMessage() {
    return message;
  }
}
