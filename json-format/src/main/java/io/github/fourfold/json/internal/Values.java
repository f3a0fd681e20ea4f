package io.github.fourfold.json.internal;

import io.github.fourfold.internal.Checks;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The format's value rules, checked by the reader before it builds a model value so that every
 * error gets its exact pointer: blank text, dates, currency and country codes, wire codes, and
 * how decimals are written. Rules the model shares are core's own ({@link Checks}), so the reader
 * and the model cannot disagree.
 */
public final class Values {
  private Values() {}

  /**
   * Whether text is blank as the rule spec defines it: empty, or only code points that are
   * whitespace, space characters, or one of U+200B, U+200C, U+200D, U+2060, U+FEFF.
   */
  public static boolean isBlank(String text) {
    return Checks.isBlank(text);
  }

  /** Whether one code point counts as blank. */
  public static boolean isBlankCodePoint(int cp) {
    return Checks.isBlankCodePoint(cp);
  }

  /** Whether the text has a surrogate that is not part of a pair (not representable in UTF-8). */
  public static boolean hasUnpairedSurrogate(String text) {
    // Every string and name read goes through here: one range check per ordinary char.
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the text has more than {@code max} code points, counted without copying. */
  public static boolean longerThan(String text, int max) {
    return text.length() > max && text.codePointCount(0, text.length()) > max;
  }

  /** A date exactly {@code YYYY-MM-DD}, a real calendar date in the years 0001 to 9999. */
  public static @Nullable LocalDate parseDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 1 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Three upper-case ASCII letters that {@link Currency} knows. */
  public static boolean isCurrency(String code) {
    return Checks.isCurrency(code);
  }

  /** Two upper-case letters from {@link Locale#getISOCountries()}, or {@code XK}. */
  public static boolean isCountry(String code) {
    return Checks.isCountry(code);
  }

  /**
   * A wire code as the result's criteria, reasons and warnings use: upper-case ASCII letters,
   * digits and underscores, starting with a letter, at most 100 characters.
   */
  public static boolean isWireCode(String code) {
    return Checks.isCode(code);
  }

  /**
   * The JSON number for an exact decimal: plain notation ({@code 15000}, {@code 0.05}) when the
   * scale is not negative and the plain form has at most 64 characters, else Java's scientific
   * notation ({@code 1E+3}, {@code 1E-70}). Either form reads back to an equal {@link BigDecimal},
   * scale included, and neither ever expands a large exponent into a long run of zeros.
   *
   * @param value the amount
   * @return the JSON number text
   */
  public static String decimalText(BigDecimal value) {
    int scale = value.scale();
    if (scale < 0) {
      return value.toString();
    }
    long digits = value.precision();
    long plain = scale == 0 ? digits : Math.max(digits, scale + 1L) + 1;
    if (value.signum() < 0) {
      plain++;
    }
    return plain <= 64 ? value.toPlainString() : value.toString();
  }


}
