package io.github.fourfold.internal.text;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a horizon as words ("12 months", "1 year and 6 months"), so that it reads well after
 * "more than" in a message. A zero period is "0 days".
 */
public final class PeriodText {
  private PeriodText() {}

  /**
   * The period in words, in the texts' language.
   *
   * @param period a period; negative parts fall back to ISO-8601 ({@code P-1M})
   * @param texts the language
   * @return e.g. {@code "12 months"} or {@code "12 maanden"}
   */
  @SuppressWarnings("JavaPeriodGetDays") // each part is written on its own, as the period holds it
  public static String describe(Period period, Texts texts) {
    if (period.isNegative()) {
      return period.toString();
    }
    List<String> parts = new ArrayList<>(3);
    if (period.getYears() != 0) {
      parts.add(unit(period.getYears(), "year", texts));
    }
    if (period.getMonths() != 0) {
      parts.add(unit(period.getMonths(), "month", texts));
    }
    if (period.getDays() != 0 || parts.isEmpty()) {
      parts.add(unit(period.getDays(), "day", texts));
    }
    return join(parts, texts);
  }

  /**
   * Joins items as a sentence would: "a", "a and b", "a, b and c".
   *
   * @param items the items, in order
   * @param texts the language (keys {@code list.pair}, {@code list.middle}, {@code list.end})
   * @return the joined text; empty for no items
   */
  public static String join(List<String> items, Texts texts) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    if (items.size() == 2) {
      return texts.get("list.pair", items.get(0), items.get(1));
    }
    String head = items.get(0);
    for (int i = 1; i < items.size() - 1; i++) {
      head = texts.get("list.middle", head, items.get(i));
    }
    return texts.get("list.end", head, items.get(items.size() - 1));
  }

  private static String unit(int n, String unit, Texts texts) {
    return texts.get("unit." + unit + (n == 1 ? ".one" : ".other"), n);
  }
}
