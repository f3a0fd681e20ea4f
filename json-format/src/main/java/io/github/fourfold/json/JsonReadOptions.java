package io.github.fourfold.json;

import org.jspecify.annotations.Nullable;

/**
 * How strictly, and within which limits, a Fourfold JSON reader reads untrusted input: strict mode
 * and the format's five hostile-input limits. The same options mean the same for every binding
 * (Jackson 2 and Jackson 3). Immutable.
 */
public final class JsonReadOptions {
  private static final JsonReadOptions DEFAULTS = new Builder().build();

  private final boolean strict;
  private final int maxDocumentBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;

  private JsonReadOptions(Builder b) {
    this.strict = b.strict;
    this.maxDocumentBytes = b.maxDocumentBytes;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxNameLength = b.maxNameLength;
    this.maxNumberLength = b.maxNumberLength;
  }

  /**
   * The format's defaults: unknown properties ignored, documents of at most 1 MiB, nesting depth
   * 32, strings of 65,536 code points, names of 256, numbers of 64 characters.
   *
   * @return the shared default options
   */
  public static JsonReadOptions ofDefaults() {
    return DEFAULTS;
  }

  /**
   * Starts options from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether unknown properties are errors ({@code UNKNOWN_PROPERTY}).
   *
   * @return true in strict mode
   */
  public boolean strict() {
    return strict;
  }

  /**
   * The largest document (a lead), in bytes of UTF-8.
   *
   * @return the limit
   */
  public int maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * The deepest nesting of objects and arrays, the value read being depth 1.
   *
   * @return the limit
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * The longest string value, in code points.
   *
   * @return the limit
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * The longest property name, in code points.
   *
   * @return the limit
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * The longest number literal, in characters.
   *
   * @return the limit
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Whether these are the format's defaults.
   *
   * @return true for options equal to {@link #ofDefaults()}
   */
  public boolean isDefault() {
    return equals(DEFAULTS);
  }

  /**
   * Options that differ exactly when the values differ.
   *
   * @param other another object
   * @return whether it holds the same options
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof JsonReadOptions o && o.toString().equals(toString());
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash of the options
   */
  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /**
   * A short text that differs exactly when the options differ.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return (strict ? "strict" : "lenient")
        + ",document="
        + maxDocumentBytes
        + ",depth="
        + maxNestingDepth
        + ",string="
        + maxStringLength
        + ",name="
        + maxNameLength
        + ",number="
        + maxNumberLength;
  }

  /** Configures {@link JsonReadOptions}; every limit is checked when it is set. Not thread-safe. */
  public static final class Builder {
    private boolean strict;
    private int maxDocumentBytes = 1_048_576;
    private int maxNestingDepth = 32;
    private int maxStringLength = 65_536;
    private int maxNameLength = 256;
    private int maxNumberLength = 64;

    private Builder() {}

    /**
     * Whether a property the format does not define is an error ({@code UNKNOWN_PROPERTY}) rather
     * than ignored, at every level except inside {@code attributes}.
     *
     * @param strict true to reject unknown properties; false (the default) to ignore them
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * The largest document, in bytes of UTF-8; the default is 1,048,576 (1 MiB).
     *
     * @param bytes from 1 to 2,147,483,639
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder maxDocumentBytes(int bytes) {
      this.maxDocumentBytes = check(bytes, Integer.MAX_VALUE - 8, "maxDocumentBytes");
      return this;
    }

    /**
     * The deepest nesting of objects and arrays, the value read being depth 1; the default is 32.
     *
     * @param depth from 1 to 1,000
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = check(depth, 1_000, "maxNestingDepth");
      return this;
    }

    /**
     * The longest string value, in code points; the default is 65,536.
     *
     * @param codePoints from 1 to 100,000,000
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder maxStringLength(int codePoints) {
      this.maxStringLength = check(codePoints, 100_000_000, "maxStringLength");
      return this;
    }

    /**
     * The longest property name, in code points; the default is 256.
     *
     * @param codePoints from 1 to 100,000
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder maxNameLength(int codePoints) {
      this.maxNameLength = check(codePoints, 100_000, "maxNameLength");
      return this;
    }

    /**
     * The longest number literal, in characters (sign, digits, point and exponent); the default
     * is 64.
     *
     * @param characters from 1 to 1,000
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder maxNumberLength(int characters) {
      this.maxNumberLength = check(characters, 1_000, "maxNumberLength");
      return this;
    }

    /**
     * Creates the options.
     *
     * @return new, immutable options
     */
    public JsonReadOptions build() {
      return new JsonReadOptions(this);
    }

    private static int check(int value, int max, String name) {
      if (value < 1 || value > max) {
        throw new IllegalArgumentException(name + " must be from 1 to " + max);
      }
      return value;
    }
  }
}
