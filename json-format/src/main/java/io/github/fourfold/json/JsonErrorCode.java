package io.github.fourfold.json;

/**
 * Why a JSON document could not be read as a Fourfold value: the stable error codes of the JSON
 * format (version 1), as each binding's {@code FourfoldJsonException.code()} reports them.
 *
 * <p>The names are part of the wire contract: the command-line example writes them into its error
 * lines, and integrations in other languages match on them.
 */
public enum JsonErrorCode {
  /**
   * Not well-formed JSON: a syntax error, an empty input, content after the value, bytes that are
   * not UTF-8, or a string with an unpaired surrogate. Carries no pointer.
   */
  MALFORMED_JSON,
  /**
   * A value of the wrong JSON type: a lead that is not an object, {@code "15000"} where a number
   * belongs, {@code 3.5} or {@code 3.0} where an integer belongs, a number where a string belongs.
   */
  WRONG_TYPE,
  /** A required property is absent or {@code null}; the pointer names the property. */
  MISSING_REQUIRED,
  /**
   * The right JSON type but a value the format does not allow: blank where non-blank text is
   * required, out of range, too long, an enum value the format does not list, a bad date, an
   * unknown currency or country, a {@code null} inside a list.
   */
  INVALID_VALUE,
  /** A property name that appears twice in one object (compared after unescaping). */
  DUPLICATE_PROPERTY,
  /** Strict mode only: a property the format does not define. */
  UNKNOWN_PROPERTY,
  /**
   * A document, string, number, property name or nesting depth over the reader's limits. Carries a
   * pointer when it concerns one value.
   */
  LIMIT_EXCEEDED
}
