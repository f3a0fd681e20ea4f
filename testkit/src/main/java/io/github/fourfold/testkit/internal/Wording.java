package io.github.fourfold.testkit.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Free text for generated leads, biased to what breaks text handling: blank strings made of
 * every kind of blank code point the spec names, text that only looks blank, accents, emoji
 * (surrogate pairs), right-to-left and combining marks, and very long strings.
 */
public final class Wording {
  /** Blank by the spec: whitespace, space separators, zero-width characters, BOM. */
  static final List<String> BLANKS =
      List.of(
          "",
          " ",
          "\t",
          "\n",
          "\r\n",
          "   ",
          "\u00A0",
          "\u2007",
          "\u202F",
          "\u3000",
          "\u2028",
          "\u2029",
          "\u001C",
          "\u200B",
          "\u200C\u200D",
          "\u2060",
          "\uFEFF",
          " \u00A0\t\u200B\u3000\uFEFF ");

  /**
   * Non-blank by the spec although they may look blank or be short: a soft hyphen and the
   * Mongolian vowel separator are format characters, not spaces; a visible letter padded with
   * blanks; a single character.
   */
  static final List<String> TRICKY_NON_BLANK =
      List.of("x", ".", "0", "\u00AD", "\u180E", "\u00A0x\u00A0", "\u200Bé\u200B", " \t-\n");

  private static final List<String> WORDS =
      List.of(
          "belt", "stops", "audit", "line", "quality", "customer", "cost", "plant", "order",
          "budget", "hygiene", "supplier", "downtime", "contract", "board", "retail");

  private static final List<String> UNICODE =
      List.of(
          "Bäckerei Müller", "ﬁle", "Łódź", "İstanbul", "straße", "Ærøskøbing", "会議は九月",
          "مرحبا بالعالم", "שלום", "Ελληνικά", "😀 belt 🚚", "👩‍🔧 crew", "e\u0301te\u0301",
          "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\u202Eevil\u202C", "a\u0000b", "null", "NaN", "<b>x</b>", "'; --",
          "%s %n {0}", "\\u0000");

  /**
   * Names of people as CRMs hold them: capitals, spaces, hyphens, apostrophes, diacritics,
   * non-Latin scripts, one letter, all capitals, padded; many start with "A" (so a bug that
   * depends on the first letter shows).
   */
  static final List<String> NAMES =
      List.of(
          "Anna de Vries", "Ahmed El Amrani", "Aoife O'Brien", "Anne-Marie Dubois", "A",
          "Åsa Öberg", "Zoë Ng", "José Álvarez", "Bram van den Berg", "Ólafur Ragnarsson",
          "Łucja Wąs", "Αλέξανδρος Παππάς", "Андрей Иванов", "李小龙", "محمد علي", "佐藤 花子",
          "Sam", "sam lee", "ALBERT EINSTEIN", "  Anouk Jansen  ", "Dr. Aylin Yılmaz",
          "Émile Zola-Ångström", "Nguyễn Văn An", "Ana María de la Cruz y Álvarez");

  /**
   * Odd and hostile values for an attribute a qualifier reads: words where numbers are expected,
   * numbers in other formats and scripts, too large, markup, format strings and control
   * characters.
   */
  static final List<String> ODD_VALUES =
      List.of(
          "none", "NONE", "n/a", "-", "0", "-1", " 12000 ", "12,000", "12.000,50", "1e6",
          "99999999999999999999", "\u0661\u0662\u0663", "\uFF11\uFF12\uFF13", "true", "null",
          "NaN", "\u20AC 5.000", "<b>5000</b>", "'; --", "%s {0}", "12\u0000", "\u202E0001");

  private Wording() {}

  /** A person's name, usually from {@link #NAMES}, otherwise any non-blank text. */
  public static String name(Dice dice) {
    return dice.percent(80) ? dice.pick(NAMES) : nonBlank(dice);
  }

  /** Absent, blank or a {@linkplain #name name}. */
  public static @Nullable String optionalName(Dice dice) {
    int roll = dice.below(100);
    if (roll < 30) {
      return null;
    }
    return roll < 40 ? blank(dice) : name(dice);
  }

  /**
   * A value for an attribute: absent (null) about one time in seven, blank one in ten, an odd
   * or hostile value one in seven, else one of {@code pool} (where null means absent).
   */
  public static @Nullable String attributeValue(Dice dice, List<@Nullable String> pool) {
    int roll = dice.below(100);
    if (roll < 15 || pool.isEmpty()) {
      return roll < 15 || dice.coin() ? null : blank(dice);
    }
    if (roll < 25) {
      return blank(dice);
    }
    if (roll < 40) {
      return dice.percent(75) ? dice.pick(ODD_VALUES) : nonBlank(dice);
    }
    return pool.get(dice.below(pool.size()));
  }

  /** Text that is blank by the spec (possibly the empty string). */
  public static String blank(Dice dice) {
    return dice.pick(BLANKS);
  }

  /** Text that is not blank by the spec, biased to awkward text. */
  public static String nonBlank(Dice dice) {
    int roll = dice.below(100);
    if (roll < 40) {
      return words(dice);
    }
    if (roll < 65) {
      return dice.pick(UNICODE);
    }
    if (roll < 85) {
      return dice.pick(TRICKY_NON_BLANK);
    }
    if (roll < 97) {
      return dice.pick(BLANKS) + words(dice) + dice.pick(BLANKS);
    }
    return veryLong(dice);
  }

  /** Absent, blank or not blank. */
  public static @Nullable String optional(Dice dice) {
    int roll = dice.below(100);
    if (roll < 40) {
      return null;
    }
    return roll < 60 ? blank(dice) : nonBlank(dice);
  }

  /** A lead id: non-blank, at most 200 code points, sometimes exactly 200 with surrogate pairs. */
  public static String id(Dice dice) {
    int roll = dice.below(100);
    if (roll < 70) {
      return "lead-" + dice.below(1_000_000);
    }
    if (roll < 85) {
      return dice.pick(UNICODE);
    }
    if (roll < 95) {
      return dice.pick(TRICKY_NON_BLANK);
    }
    return "😀".repeat(200);
  }

  /** A text whose only non-blank content is {@code marker}, used to trace personal data. */
  public static String marker(Dice dice) {
    StringBuilder out = new StringBuilder("Zq");
    for (int i = 0; i < 14; i++) {
      out.append((char) ('a' + dice.below(26)));
    }
    return out.toString();
  }

  /** Replacement text with the same blankness as {@code text} but (almost always) other wording. */
  public static @Nullable String sameBlankness(@Nullable String text, Dice dice) {
    if (text == null) {
      return null;
    }
    if (SpecOracle.isBlank(text)) {
      String other = blank(dice);
      return other.equals(text) ? text + " " : other;
    }
    String other = nonBlank(dice);
    return other.equals(text) ? other + "!" : other;
  }

  /** Like {@link #sameBlankness}, with another {@linkplain #name name} for a non-blank one. */
  public static @Nullable String sameBlankName(@Nullable String text, Dice dice) {
    if (text == null || SpecOracle.isBlank(text)) {
      return sameBlankness(text, dice);
    }
    String other = name(dice);
    return other.equals(text) ? other + "!" : other;
  }

  private static String words(Dice dice) {
    int n = 1 + dice.below(5);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(' ');
      }
      String word = dice.pick(WORDS);
      out.append(dice.percent(20) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
    }
    if (dice.percent(30)) {
      out.append(' ').append(dice.below(100_000));
    }
    return out.toString();
  }

  private static String veryLong(Dice dice) {
    int codePoints = 1_000 + dice.below(4_001);
    String unit = dice.coin() ? "belt 😀 " : "Wörter ";
    int unitCodePoints = unit.codePointCount(0, unit.length());
    String text = unit.repeat(codePoints / unitCodePoints + 1);
    return text.substring(0, text.offsetByCodePoints(0, codePoints));
  }
}
