package io.github.fourfold.internal.rule;

import java.time.Period;

/** Writes a horizon as words ("12 months"), falling back to ISO-8601 for mixed periods. */
final class PeriodText {
  private PeriodText() {}

  static String describe(Period period, Texts texts) {
    int years = period.getYears();
    int months = period.getMonths();
    int days = period.getDays();
    if (months == 0 && days == 0) {
      return unit(years, "year", texts);
    }
    if (years == 0 && days == 0) {
      return unit(months, "month", texts);
    }
    if (years == 0 && months == 0) {
      return unit(days, "day", texts);
    }
    return period.toString();
  }

  private static String unit(int n, String unit, Texts texts) {
    return texts.get("unit." + unit + (n == 1 ? ".one" : ".other"), n);
  }
}
