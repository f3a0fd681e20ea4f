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
  OTHER
}
