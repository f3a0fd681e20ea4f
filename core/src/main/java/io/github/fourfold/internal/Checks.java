package io.github.fourfold.internal;

import io.github.fourfold.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Construction-time checks shared by the value types; each names the field, never the value. */
public final class Checks {
  /** ISO 3166-1 alpha-2 codes plus XK. */
  private static final Set<String> COUNTRIES = countries();

  private Checks() {}

  /** Whether {@code text} is absent or holds only blank code points, as the rule spec defines. */
  public static boolean isBlank(@Nullable CharSequence text) {
    if (text == null) {
      return true;
    }
    // Most texts start with a visible ASCII character, which is never blank.
    if (text.length() > 0) {
      char first = text.charAt(0);
      if (first > ' ' && first < 0x7F) {
        return false;
      }
    }
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      if (!isBlankCodePoint(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** Whether one code point counts as blank: whitespace, a space character, or a zero-width one. */
  public static boolean isBlankCodePoint(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || cp == 0x200B
        || cp == 0x200C
        || cp == 0x200D
        || cp == 0x2060
        || cp == 0xFEFF;
  }

  public static void nonBlank(String value, String field) {
    if (isBlank(value)) {
      throw InvalidValueException.of(field, "non-blank text");
    }
  }

  public static void maxCodePoints(String value, int max, String field) {
    if (value.codePointCount(0, value.length()) > max) {
      throw InvalidValueException.of(field, "at most " + max + " code points");
    }
  }

  public static void atLeast(@Nullable Integer value, int min, String field) {
    if (value != null && value < min) {
      throw InvalidValueException.of(field, "an integer from " + min + " to " + Integer.MAX_VALUE);
    }
  }

  public static void range(@Nullable Integer value, int min, int max, String field) {
    if (value != null && (value < min || value > max)) {
      throw InvalidValueException.of(field, "an integer from " + min + " to " + max);
    }
  }

  /**
   * The largest scale, and the most negative one, that a decimal in the model may have: at most
   * 100 digits after the decimal point, and at most 100 zeros implied by a positive exponent. An
   * amount such as {@code 1E-400000000} would otherwise make every report that writes it out, and
   * every caller that calls {@code toPlainString()}, run out of time or memory.
   */
  public static final int MAX_DECIMAL_SCALE = 100;

  /** What {@link #nonNegative} expects of a decimal's scale, as an error's expectation. */
  public static final String DECIMAL_RANGE =
      "a number with at most " + MAX_DECIMAL_SCALE + " digits after the decimal point and at most "
          + MAX_DECIMAL_SCALE + " zeros from an exponent (1E-" + MAX_DECIMAL_SCALE + " to 9E+"
          + MAX_DECIMAL_SCALE + " for one digit)";

  /** A decimal that is zero or more, with a scale from -100 to 100 ({@link #MAX_DECIMAL_SCALE}). */
  public static void nonNegative(@Nullable BigDecimal value, String field) {
    if (value == null) {
      return;
    }
    if (value.signum() < 0) {
      throw InvalidValueException.of(field, "a number greater than or equal to 0");
    }
    if (value.scale() > MAX_DECIMAL_SCALE || value.scale() < -MAX_DECIMAL_SCALE) {
      throw InvalidValueException.of(field, DECIMAL_RANGE);
    }
  }


  /** Dates are limited to the years 0001 to 9999, the range the JSON format can carry. */
  public static void date(@Nullable LocalDate value, String field) {
    if (value != null && (value.getYear() < 1 || value.getYear() > 9999)) {
      throw InvalidValueException.of(field, "a date in the years 0001 to 9999");
    }
  }

  public static void currency(String code, String field) {
    if (!isCurrency(code)) {
      throw InvalidValueException.of(field, "an ISO 4217 currency code of three upper-case letters");
    }
  }

  public static boolean isCurrency(String code) {
    if (code.length() != 3 || !isUpperAscii(code)) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public static void country(@Nullable String code, String field) {
    if (code != null && !COUNTRIES.contains(code)) {
      throw InvalidValueException.of(
          field, "an ISO 3166-1 alpha-2 country code of two upper-case letters, or XK");
    }
  }

  public static boolean isCountry(String code) {
    return COUNTRIES.contains(code);
  }

  public static void noNullElements(Collection<?> values, String field) {
    for (Object value : values) {
      if (value == null) {
        throw InvalidValueException.of(field, "no null elements");
      }
    }
  }

  private static boolean isUpperAscii(String code) {
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  private static Set<String> countries() {
    // Kosovo has no ISO code yet; XK is its widely used user-assigned one.
    HashSet<String> codes =
        new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    codes.add("XK");
    return Set.copyOf(codes);
  }

  /** Wire codes are upper-case ASCII letters, digits and underscores, starting with a letter. */
  public static void code(String value, String field) {
    if (!isCode(value)) {
      throw InvalidValueException.of(
          field, "a code of upper-case letters, digits and underscores, at most 100 characters");
    }
  }

  /** Whether a text is a wire code: see {@link #code(String, String)}. */
  public static boolean isCode(String value) {
    if (value.isEmpty() || value.length() > 100 || value.charAt(0) < 'A' || value.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }
}
