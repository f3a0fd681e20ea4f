package io.github.fourfold.rules;

import org.immutables.value.Value;

/**
 * One problem with a rule definition: a stable code, a JSON Pointer into the definition's JSON form
 * and an English message. The codes are those of the lead's JSON format ({@code INVALID_VALUE},
 * {@code MISSING_REQUIRED}, {@code LIMIT_EXCEEDED}, ...).
 */
@Value.Immutable
public abstract class DefinitionError {
  DefinitionError() {}

  /** {@return the stable error code, e.g. {@code "INVALID_VALUE"}} */
  @Value.Parameter
  public abstract String code();

  /** {@return the JSON Pointer (RFC 6901) of the offending value in the definition; {@code ""} is the whole definition} */
  @Value.Parameter
  public abstract String pointer();

  /** {@return what was expected, in English} */
  @Value.Parameter
  public abstract String message();

  /**
   * An error.
   *
   * @param code the stable code
   * @param pointer the JSON Pointer of the offending value
   * @param message what was expected
   * @return the error
   */
  public static DefinitionError of(String code, String pointer, String message) {
    return ImmutableDefinitionError.of(code, pointer, message);
  }

  /**
   * The same error, found inside a part of a larger definition.
   *
   * @param prefix the pointer of the part in the larger definition
   * @return the error with {@code prefix} in front of its pointer
   */
  public final DefinitionError under(String prefix) {
    return of(code(), prefix + pointer(), message());
  }

  /**
   * The error as one line: its code, its pointer in quotes and its message.
   *
   * @return {@code CODE at "/pointer": message}
   */
  @Override
  public final String toString() {
    return code() + " at \"" + pointer() + "\": " + message();
  }
}
