package io.github.fourfold;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thrown when a Fourfold value would break one of its constraints, for example a blank required
 * text, a negative count or an unknown currency code.
 *
 * <p>It is the only exception type that building a model value throws. It names the offending
 * field (for example {@code Problem.statement}) and what was expected there, and never repeats the
 * rejected value: inputs may carry personal data.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private static final Pattern MISSING =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[([\\w, ]+)]");
  /** Null checks name the attribute, or "attribute element" / "attribute key" / "attribute value". */
  private static final Pattern NULL_ATTRIBUTE = Pattern.compile("([A-Za-z_]\\w*)(?: (element|key|value))?");

  /** The offending field, as {@code Type.attribute}. */
  private final String field;

  /** What the field must hold. */
  private final String expected;

  private InvalidValueException(String field, String expected, boolean unused) {
    super(field + ": expected " + expected);
    this.field = field;
    this.expected = expected;
  }

  /**
   * Creates the exception from a message of the generated builders, which name a missing or null
   * attribute but never its value. Prefer {@link #of(String, String)} in hand-written code.
   *
   * @param generatorMessage the generated code's message
   */
  public InvalidValueException(String generatorMessage) {
    this(fieldOf(generatorMessage), expectedOf(generatorMessage), false);
  }

  /**
   * Creates the exception for a field and a description of what it must hold.
   *
   * @param field the field, as {@code Type.attribute}
   * @param expected what the field must hold, e.g. {@code "an integer from 0 to 2147483647"}
   * @return the exception, to be thrown by the caller
   */
  public static InvalidValueException of(String field, String expected) {
    return new InvalidValueException(field, expected, false);
  }

  /**
   * The offending field, as {@code Type.attribute} (e.g. {@code Problem.statement}).
   *
   * @return the field's name
   */
  public String field() {
    return field;
  }

  /**
   * What the field must hold, in English, without the rejected value.
   *
   * @return the expectation
   */
  public String expected() {
    return expected;
  }

  private static String fieldOf(String message) {
    Matcher missing = MISSING.matcher(message);
    if (missing.matches()) {
      return missing.group(1) + "." + missing.group(2).split(",", -1)[0].trim();
    }
    Matcher nullAttribute = NULL_ATTRIBUTE.matcher(message);
    return nullAttribute.matches() ? nullAttribute.group(1) : "value";
  }

  private static String expectedOf(String message) {
    if (MISSING.matcher(message).matches()) {
      return "a value (it is required)";
    }
    Matcher nullAttribute = NULL_ATTRIBUTE.matcher(message);
    if (!nullAttribute.matches()) {
      return "a valid value";
    }
    String part = nullAttribute.group(2);
    return part == null ? "a value, not null" : "no null " + part + "s";
  }
}
