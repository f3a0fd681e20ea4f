package io.github.fourfold.internal.rules;

import io.github.fourfold.internal.Checks;
import io.github.fourfold.rules.Condition;
import io.github.fourfold.rules.Condition.Kind;
import io.github.fourfold.rules.RuleLimits;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The shape checks of one condition node, with pointers into its JSON form. */
public final class ConditionChecks {
  /** Largest number of years, months or days in a period, so date arithmetic cannot overflow. */
  static final int MAX_PERIOD_PART = 100_000;

  private ConditionChecks() {}

  /**
   * The pointer of a property of a condition's JSON form: {@code /present} for the path of
   * present and blank (whose value is the path), {@code /equals/value} and so on otherwise.
   *
   * @param kind the operator
   * @param property the property inside the operator's object, or "" for the operator itself
   * @return the pointer relative to the condition
   */
  public static String pointer(Kind kind, String property) {
    if (property.isEmpty() || kind == Kind.PRESENT || kind == Kind.BLANK) {
      return "/" + kind.wireName();
    }
    return "/" + kind.wireName() + "/" + property;
  }

  /**
   * Checks that a condition has exactly the parts its operator needs.
   *
   * @param c the condition
   * @throws io.github.fourfold.rules.InvalidDefinitionException listing what is wrong
   */
  public static void shape(Condition c) {
    Problems p = new Problems();
    Kind kind = c.kind();
    if (c.depth() > RuleLimits.MAX_DEPTH) {
      p.add(Problems.LIMIT_EXCEEDED, "", "conditions nested at most " + RuleLimits.MAX_DEPTH + " deep");
      p.throwIfAny();
    }
    boolean logical = kind == Kind.AND || kind == Kind.OR || kind == Kind.NOT;
    String path = c.path();
    if (logical) {
      forbid(p, c, path != null, "path");
    } else if (path == null) {
      p.add(Problems.MISSING_REQUIRED, pointer(kind, "path"), "a JSON Pointer into the lead");
    } else {
      text(p, path, pointer(kind, "path"), false);
    }
    boolean textual = kind == Kind.EQUALS || kind == Kind.ONE_OF;
    forbid(p, c, !textual && !c.values().isEmpty(), "values");
    forbid(p, c, !textual && c.ignoreCase(), "ignoreCase");
    forbid(p, c, kind != Kind.EQUALS && c.flag() != null, "value");
    boolean compares = kind == Kind.COMPARE || kind == Kind.COMPARE_MONEY
        || kind == Kind.COMPARE_DATE || kind == Kind.COUNT;
    required(p, kind, compares, c.comparison() != null, "op");
    forbid(p, c, !compares && c.comparison() != null, "op");
    boolean numeric = kind == Kind.COMPARE || kind == Kind.COUNT;
    required(p, kind, numeric, c.number() != null, "value");
    forbid(p, c, !numeric && c.number() != null, "value");
    required(p, kind, kind == Kind.COMPARE_MONEY, c.money() != null, "amount");
    forbid(p, c, kind != Kind.COMPARE_MONEY && c.money() != null, "amount");
    boolean dated = kind == Kind.COMPARE_DATE || kind == Kind.WITHIN;
    required(p, kind, dated, c.period() != null, kind == Kind.WITHIN ? "period" : "offset");
    forbid(p, c, !dated && c.period() != null, "period");
    required(p, kind, kind == Kind.WITHIN, c.direction() != null, "direction");
    forbid(p, c, kind != Kind.WITHIN && c.direction() != null, "direction");
    switch (kind) {
      case EQUALS:
        if (c.flag() == null && c.values().size() != 1) {
          p.add(Problems.MISSING_REQUIRED, pointer(kind, "value"), "one text, enum name or boolean");
        } else if (c.flag() != null && !c.values().isEmpty()) {
          p.add(Problems.INVALID_VALUE, pointer(kind, "value"), "one text, enum name or boolean");
        } else if (c.flag() == null) {
          text(p, c.values().get(0), pointer(kind, "value"), true);
        }
        break;
      case ONE_OF:
        list(p, c.values(), pointer(kind, "values"));
        for (int i = 0; i < c.values().size() && i < RuleLimits.MAX_LIST; i++) {
          text(p, c.values().get(i), pointer(kind, "values/" + i), true);
        }
        break;
      case COUNT:
        BigDecimal n = c.number();
        if (n != null && !isIntegerIn(n, 0, Integer.MAX_VALUE)) {
          p.add(Problems.INVALID_VALUE, pointer(kind, "value"), "an integer from 0 to " + Integer.MAX_VALUE);
        }
        break;
      case COMPARE_DATE:
        period(p, c.period(), pointer(kind, "offset"), true);
        break;
      case WITHIN:
        period(p, c.period(), pointer(kind, "period"), false);
        break;
      case ANY:
      case ALL:
        if (c.operands().size() != 1) {
          p.add(Problems.INVALID_VALUE, pointer(kind, "condition"), "exactly one condition");
        }
        break;
      case NOT:
        if (c.operands().size() != 1) {
          p.add(Problems.INVALID_VALUE, pointer(kind, ""), "exactly one condition");
        }
        break;
      case AND:
      case OR:
        list(p, c.operands(), pointer(kind, ""));
        break;
      default:
        break;
    }
    if (kind != Kind.ANY && kind != Kind.ALL && !logical && !c.operands().isEmpty()) {
      p.add(Problems.INVALID_VALUE, pointer(kind, "condition"), "no operands for " + kind.wireName());
    }
    p.throwIfAny();
  }

  /** Whether a number is an integer within a range. */
  static boolean isIntegerIn(BigDecimal n, long min, long max) {
    if (n.signum() != 0 && n.stripTrailingZeros().scale() > 0) {
      return false;
    }
    return n.compareTo(BigDecimal.valueOf(min)) >= 0 && n.compareTo(BigDecimal.valueOf(max)) <= 0;
  }

  private static void forbid(Problems p, Condition c, boolean present, String property) {
    if (present) {
      p.add(Problems.INVALID_VALUE, pointer(c.kind(), property), "no " + property + " for " + c.kind().wireName());
    }
  }

  private static void required(Problems p, Kind kind, boolean needed, boolean present, String property) {
    if (needed && !present) {
      p.add(Problems.MISSING_REQUIRED, pointer(kind, property), "a value for " + property);
    }
  }

  private static void list(Problems p, List<?> values, String pointer) {
    if (values.isEmpty()) {
      p.add(Problems.INVALID_VALUE, pointer, "at least one element");
    } else if (values.size() > RuleLimits.MAX_LIST) {
      p.add(Problems.LIMIT_EXCEEDED, pointer, "at most " + RuleLimits.MAX_LIST + " elements");
    }
  }

  /**
   * Checks a text's length and, when asked, that it is not blank.
   *
   * @param p where errors go
   * @param text the text
   * @param pointer its pointer
   * @param nonBlank whether a blank text is an error
   */
  static void text(Problems p, String text, String pointer, boolean nonBlank) {
    if (text.length() > RuleLimits.MAX_TEXT && text.codePointCount(0, text.length()) > RuleLimits.MAX_TEXT) {
      p.add(Problems.LIMIT_EXCEEDED, pointer, "at most " + RuleLimits.MAX_TEXT + " code points");
    } else if (nonBlank && Checks.isBlank(text)) {
      p.add(Problems.INVALID_VALUE, pointer, "non-blank text");
    }
  }

  private static void period(Problems p, @Nullable Period period, String pointer, boolean mayBeNegative) {
    if (period == null) {
      return;
    }
    if (Math.abs((long) period.getYears()) > MAX_PERIOD_PART
        || Math.abs((long) period.getMonths()) > MAX_PERIOD_PART
        || Math.abs((long) period.getDays()) > MAX_PERIOD_PART) {
      p.add(Problems.INVALID_VALUE, pointer, "a period with at most " + MAX_PERIOD_PART + " years, months and days");
    } else if (!mayBeNegative && (period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0)) {
      p.add(Problems.INVALID_VALUE, pointer, "a period that is not negative");
    }
  }
}
