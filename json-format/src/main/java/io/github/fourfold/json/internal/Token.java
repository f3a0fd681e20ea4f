package io.github.fourfold.json.internal;

/** The JSON tokens the format's reader tells apart, whichever Jackson produced them. */
public enum Token {
  /** {@code {}}. */
  START_OBJECT,
  /** {@code }}. */
  END_OBJECT,
  /** {@code [}. */
  START_ARRAY,
  /** {@code ]}. */
  END_ARRAY,
  /** A property name. */
  NAME,
  /** A string value. */
  STRING,
  /** A number without fraction or exponent. */
  INTEGER,
  /** A number with a fraction or exponent. */
  DECIMAL,
  /** {@code true}. */
  TRUE,
  /** {@code false}. */
  FALSE,
  /** {@code null}. */
  NULL,
  /** Anything else a parser may hand out (an embedded object in a token buffer). */
  OTHER;

  /**
   * The token for a Jackson token, by its constant's name in Jackson 2 or 3 ({@code FIELD_NAME}
   * and {@code PROPERTY_NAME} are both a name); an adapter maps its token enum once with this.
   *
   * @param jacksonName the name of Jackson's {@code JsonToken} constant
   * @return the token
   */
  public static Token ofJackson(String jacksonName) {
    return switch (jacksonName) {
      case "START_OBJECT" -> START_OBJECT;
      case "END_OBJECT" -> END_OBJECT;
      case "START_ARRAY" -> START_ARRAY;
      case "END_ARRAY" -> END_ARRAY;
      case "FIELD_NAME", "PROPERTY_NAME" -> NAME;
      case "VALUE_STRING" -> STRING;
      case "VALUE_NUMBER_INT" -> INTEGER;
      case "VALUE_NUMBER_FLOAT" -> DECIMAL;
      case "VALUE_TRUE" -> TRUE;
      case "VALUE_FALSE" -> FALSE;
      case "VALUE_NULL" -> NULL;
      default -> OTHER;
    };
  }
}
