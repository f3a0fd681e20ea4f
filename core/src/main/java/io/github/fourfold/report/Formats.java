package io.github.fourfold.report;

import io.github.fourfold.internal.text.Texts;
import java.math.BigDecimal;

/**
 * Numbers, money and free text for the reports. Separators and currency patterns come from the
 * bundle (keys {@code number.*} and {@code money*}), never from the JVM's locale data, so the
 * same language gives the same output on every JDK.
 */
final class Formats {
  private final Texts texts;

  /** Formats in the texts' language. */
  public Formats(Texts texts) {
    this.texts = texts;
  }

  /** The language's texts. */
  public Texts texts() {
    return texts;
  }

  /** A whole number with grouping: {@code 15,000} / {@code 15.000}. */
  public String number(long value) {
    return number(BigDecimal.valueOf(value), 0);
  }

  /** A number as exact as given, without trailing zeros: {@code 12}, {@code 12.5} / {@code 12,5}. */
  public String number(BigDecimal value) {
    return number(value, 0);
  }

  /**
   * An amount of money: the bundle's {@code money.<CODE>} pattern (e.g. {@code €{0}}) or else
   * {@code money} ({@code {1} {0}}, code then amount); cents only when the amount has them.
   */
  public String money(BigDecimal amount, String currency) {
    String number = number(amount, 2);
    return texts.getOrDefault("money." + currency, texts.get("money", number, currency), number, currency);
  }

  /**
   * The most digits a number is written out with. Beyond it (only amounts near the model's bound
   * of 100 zeros either side of the point get there) a number is written with an exponent, such as
   * {@code 1.5E+70}: writing is never more than linear in the number's own size, whatever its
   * exponent.
   */
  static final int MAX_PLAIN_DIGITS = 40;

  /**
   * Groups the integer part by thousands; a fraction, when there is one, gets at least
   * {@code minFraction} digits.
   */
  private String number(BigDecimal value, int minFraction) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.signum() == 0) {
      v = BigDecimal.ZERO;
    }
    // Digits that the plain form would need, computed without writing it: the scale can be
    // anything a caller's BigDecimal holds, never expand it before knowing the size.
    long plainDigits = v.scale() <= 0 ? (long) v.precision() - v.scale() : Math.max(v.precision(), (long) v.scale() + 1);
    if (plainDigits > MAX_PLAIN_DIGITS) {
      return scientific(v);
    }
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    if (v.scale() > 0 && v.scale() < minFraction) {
      v = v.setScale(minFraction);
    }
    String digits = v.unscaledValue().abs().toString();
    int scale = v.scale();
    if (digits.length() <= scale) {
      digits = "0".repeat(scale - digits.length() + 1) + digits;
    }
    String whole = digits.substring(0, digits.length() - scale);
    String fraction = digits.substring(digits.length() - scale);
    String grouping = texts.get("number.grouping");
    StringBuilder out = new StringBuilder();
    if (v.signum() < 0) {
      out.append('-');
    }
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(grouping);
      }
      out.append(whole.charAt(i));
    }
    if (!fraction.isEmpty()) {
      out.append(texts.get("number.decimal")).append(fraction);
    }
    return out.toString();
  }

  /** One digit, the language's decimal mark, the other digits, then {@code E+n} or {@code E-n}. */
  private String scientific(BigDecimal v) {
    String digits = v.unscaledValue().abs().toString();
    long exponent = (long) digits.length() - 1 - v.scale();
    StringBuilder out = new StringBuilder(digits.length() + 16);
    if (v.signum() < 0) {
      out.append('-');
    }
    out.append(digits.charAt(0));
    if (digits.length() > 1) {
      out.append(texts.get("number.decimal")).append(digits, 1, digits.length());
    }
    return out.append('E').append(exponent < 0 ? "-" : "+").append(Math.abs(exponent)).toString();
  }

  /** Whether a number is exactly one. */
  public static boolean isOne(BigDecimal value) {
    return value.compareTo(BigDecimal.ONE) == 0;
  }

  /**
   * Free text made safe for one line: line breaks, tabs and other control characters become
   * spaces, bidirectional overrides (which can make text display in another order than it is
   * stored) are dropped, runs of white space become one space, and the ends are trimmed. A lead's
   * text can then never forge a line of the note.
   */
  public static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
          || cp == 0xFEFF) {
        continue;
      }
      if (Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.appendCodePoint(cp);
    }
    return out.toString();
  }

  /** Free text as a phrase that continues a sentence: cleaned, without a final full stop. */
  public static String phrase(String text) {
    String clean = clean(text);
    int end = clean.length();
    while (end > 0 && clean.charAt(end - 1) == '.') {
      end--;
    }
    return end == 0 ? clean : clean.substring(0, end);
  }

  /** Free text as a sentence: cleaned, ending with a full stop unless it ends with punctuation. */
  public static String sentence(String text) {
    String clean = clean(text);
    if (clean.isEmpty()) {
      return clean;
    }
    char last = clean.charAt(clean.length() - 1);
    return ".!?…".indexOf(last) >= 0 ? clean : clean + ".";
  }

  /**
   * Text escaped for CommonMark, so that what a lead or a bundle says is shown as written and
   * never becomes markup: every character that is markup inside a line gets a backslash, and so
   * does one that would start a block (a heading, quote, list item or rule) at the start of the
   * text. The text must already be {@linkplain #clean(String) clean} (one line).
   */
  public static String markdown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>&|~$#".indexOf(c) >= 0) {
        out.append('\\');
      } else if (i == 0 && ">+-=".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    // "1. text" or "1) text" at the start would begin an ordered list.
    int digits = 0;
    while (digits < text.length() && digits < 10 && Character.isDigit(text.charAt(digits))
        && text.charAt(digits) < 128) {
      digits++;
    }
    if (digits > 0 && digits < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
      out.insert(digits, '\\');
    }
    return out.toString();
  }
}
