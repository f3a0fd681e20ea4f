package io.github.fourfold.jackson.internal;

import org.jspecify.annotations.Nullable;

/**
 * How strictly and within which limits the reader reads: strict mode and the hostile-input limits.
 * Immutable.
 */
public final class ReadSettings {
  /** The format's defaults: lenient about unknown properties, the spec's reader limits. */
  public static final ReadSettings DEFAULTS =
      new ReadSettings(false, 1_048_576, 32, 65_536, 256, 64);

  private final boolean strict;
  private final int maxDocumentBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;

  /**
   * Creates settings; the caller has checked the values.
   *
   * @param strict whether unknown properties are errors
   * @param maxDocumentBytes the largest document (a lead) in bytes
   * @param maxNestingDepth the deepest nesting of objects and arrays, the value read being 1
   * @param maxStringLength the longest string value in code points
   * @param maxNameLength the longest property name in code points
   * @param maxNumberLength the longest number literal in characters
   */
  public ReadSettings(
      boolean strict,
      int maxDocumentBytes,
      int maxNestingDepth,
      int maxStringLength,
      int maxNameLength,
      int maxNumberLength) {
    this.strict = strict;
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxNameLength = maxNameLength;
    this.maxNumberLength = maxNumberLength;
  }

  /** Whether unknown properties are errors. */
  public boolean strict() {
    return strict;
  }

  /** The largest document (a lead), in bytes. */
  public int maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** The deepest nesting of objects and arrays, the value read being 1. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** The longest string value, in code points. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** The longest property name, in code points. */
  public int maxNameLength() {
    return maxNameLength;
  }

  /** The longest number literal, in characters. */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** A short text that differs exactly when the settings differ. */
  public String key() {
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

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReadSettings settings && settings.key().equals(key());
  }

  @Override
  public int hashCode() {
    return key().hashCode();
  }

  @Override
  public String toString() {
    return "ReadSettings[" + key() + "]";
  }
}
