package io.github.fourfold.internal.rules;

import io.github.fourfold.internal.Checks;
import io.github.fourfold.internal.rules.Field.Step;
import io.github.fourfold.model.Cost;
import io.github.fourfold.model.Money;
import io.github.fourfold.rules.Comparison;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A compiled condition: evaluates to {@link #TRUE}, {@link #FALSE} or {@link #UNKNOWN} (Kleene's
 * three-valued logic). The frame holds the lead in slot 0 and, in slot {@code d}, the element that
 * the enclosing any/all at depth {@code d} is looking at.
 */
abstract class Node {
  static final int FALSE = 0;
  static final int TRUE = 1;
  static final int UNKNOWN = 2;

  abstract int eval(Object[] frame, LocalDate asOf);

  /** A chain of accessors from a frame slot to a value; absent at the first null. */
  static final class Read {
    private final int slot;
    private final Step[] steps;

    Read(int slot, Step[] steps) {
      this.slot = slot;
      this.steps = steps;
    }

    @Nullable Object get(Object[] frame) {
      @Nullable Object value = frame[slot];
      for (Step step : steps) {
        if (value == null) {
          return null;
        }
        value = step.read(value);
      }
      return value;
    }
  }

  static int of(boolean holds) {
    return holds ? TRUE : FALSE;
  }

  /*
   * Kleene's AND (all of a list) and OR (any of a list), one operand at a time: the decisive value
   * (false for AND, true for OR) settles the whole; otherwise unknown beats the neutral value.
   */

  /** The value of AND (true) or OR (false) over no operands. */
  static int neutral(boolean and) {
    return and ? TRUE : FALSE;
  }

  /** The value that settles AND (false) or OR (true) whatever the other operands are. */
  static int decisive(boolean and) {
    return and ? FALSE : TRUE;
  }

  /** AND or OR of the result so far and one more operand. */
  static int fold(int result, int operand, boolean and) {
    if (operand == decisive(and)) {
      return operand;
    }
    return operand == UNKNOWN ? UNKNOWN : result;
  }

  /** The text without its leading and trailing blank code points, or null when it is blank. */
  static @Nullable String stripped(String text) {
    int start = 0;
    int end = text.length();
    while (start < end) {
      int cp = text.codePointAt(start);
      if (!Checks.isBlankCodePoint(cp)) {
        break;
      }
      start += Character.charCount(cp);
    }
    while (end > start) {
      int cp = text.codePointBefore(end);
      if (!Checks.isBlankCodePoint(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return start == end ? null : text.substring(start, end);
  }

  /** A text as compared: stripped, and lower-cased when case is ignored; null when blank. */
  static @Nullable String normalized(String text, boolean ignoreCase) {
    String s = stripped(text);
    return s == null || !ignoreCase ? s : s.toLowerCase(Locale.ROOT);
  }

  /** A condition on one value read from the lead or an element; {@code null} when it is absent. */
  abstract static class OnValue extends Node {
    private final Read read;

    OnValue(Read read) {
      this.read = read;
    }

    /** The condition's truth for the value read, which is {@code null} when absent. */
    abstract int test(@Nullable Object value, LocalDate asOf);

    @Override
    final int eval(Object[] frame, LocalDate asOf) {
      return test(read.get(frame), asOf);
    }
  }

  static final class Present extends OnValue {
    private final boolean negate;

    Present(Read read, boolean negate) {
      super(read);
      this.negate = negate;
    }

    @Override
    int test(@Nullable Object v, LocalDate asOf) {
      boolean present;
      if (v == null) {
        present = false;
      } else if (v instanceof String) {
        present = !Checks.isBlank((String) v);
      } else if (v instanceof Collection) {
        present = !((Collection<?>) v).isEmpty();
      } else if (v instanceof Map) {
        present = !((Map<?, ?>) v).isEmpty();
      } else {
        present = true;
      }
      return of(present != negate);
    }
  }

  static final class TextIn extends OnValue {
    private final Set<String> values;
    private final boolean ignoreCase;

    TextIn(Read read, Set<String> values, boolean ignoreCase) {
      super(read);
      this.values = values;
      this.ignoreCase = ignoreCase;
    }

    @Override
    int test(@Nullable Object v, LocalDate asOf) {
      String s = v == null ? null : normalized((String) v, ignoreCase);
      return s == null ? UNKNOWN : of(values.contains(s));
    }
  }

  /** Enum constants and booleans: compared by equality; absent is unknown. */
  static final class ValueIn extends OnValue {
    private final Set<Object> values;

    ValueIn(Read read, Set<Object> values) {
      super(read);
      this.values = values;
    }

    @Override
    int test(@Nullable Object v, LocalDate asOf) {
      return v == null ? UNKNOWN : of(values.contains(v));
    }
  }

  /**
   * A value compared with the condition's: absent is unknown, and so is a value that cannot be
   * compared (money in another currency).
   */
  abstract static class Ordered extends OnValue {
    /** What {@link #order} returns for a value that cannot be compared. */
    static final int INCOMPARABLE = Integer.MIN_VALUE;

    private final Comparison comparison;

    Ordered(Read read, Comparison comparison) {
      super(read);
      this.comparison = comparison;
    }

    /** The order of the lead's value against the condition's: negative, zero, positive or {@link #INCOMPARABLE}. */
    abstract int order(Object value, LocalDate asOf);

    @Override
    final int test(@Nullable Object v, LocalDate asOf) {
      if (v == null) {
        return UNKNOWN;
      }
      int order = order(v, asOf);
      return order == INCOMPARABLE ? UNKNOWN : of(comparison.holds(order));
    }
  }

  static final class CompareInteger extends Ordered {
    private final long value;

    CompareInteger(Read read, Comparison comparison, long value) {
      super(read, comparison);
      this.value = value;
    }

    @Override
    int order(Object v, LocalDate asOf) {
      return Long.compare(((Integer) v).longValue(), value);
    }
  }

  static final class CompareDecimal extends Ordered {
    private final BigDecimal value;

    CompareDecimal(Read read, Comparison comparison, BigDecimal value) {
      super(read, comparison);
      this.value = value;
    }

    @Override
    int order(Object v, LocalDate asOf) {
      return Integer.signum(((BigDecimal) v).compareTo(value));
    }
  }

  static final class CompareMoney extends Ordered {
    private final Money value;

    CompareMoney(Read read, Comparison comparison, Money value) {
      super(read, comparison);
      this.value = value;
    }

    @Override
    int order(Object v, LocalDate asOf) {
      boolean cost = v instanceof Cost;
      String currency = cost ? ((Cost) v).currency() : ((Money) v).currency();
      if (!currency.equals(value.currency())) {
        return INCOMPARABLE;
      }
      BigDecimal amount = cost ? ((Cost) v).amount() : ((Money) v).amount();
      return Integer.signum(amount.compareTo(value.amount()));
    }
  }

  static final class CompareDate extends Ordered {
    private final Period offset;

    CompareDate(Read read, Comparison comparison, Period offset) {
      super(read, comparison);
      this.offset = offset;
    }

    @Override
    int order(Object v, LocalDate asOf) {
      return Integer.signum(((LocalDate) v).compareTo(asOf.plus(offset)));
    }
  }

  static final class Within extends OnValue {
    private final Period period;
    private final boolean before;

    Within(Read read, Period period, boolean before) {
      super(read);
      this.period = period;
      this.before = before;
    }

    @Override
    int test(@Nullable Object v, LocalDate asOf) {
      if (v == null) {
        return UNKNOWN;
      }
      LocalDate date = (LocalDate) v;
      LocalDate from = before ? asOf.minus(period) : asOf;
      LocalDate to = before ? asOf : asOf.plus(period);
      return of(!date.isBefore(from) && !date.isAfter(to));
    }
  }

  static final class Count extends OnValue {
    private final Comparison comparison;
    private final long value;

    Count(Read read, Comparison comparison, long value) {
      super(read);
      this.comparison = comparison;
      this.value = value;
    }

    @Override
    int test(@Nullable Object v, LocalDate asOf) {
      long size = v == null ? 0 : ((Collection<?>) v).size();
      return of(comparison.holds(Long.compare(size, value)));
    }
  }

  /** Any (or all) elements of a list: the element goes into the frame's slot for the operand. */
  static final class Each extends Node {
    private final Read list;
    private final int slot;
    private final Node operand;
    private final boolean all;

    Each(Read list, int slot, Node operand, boolean all) {
      this.list = list;
      this.slot = slot;
      this.operand = operand;
      this.all = all;
    }

    @Override
    int eval(Object[] frame, LocalDate asOf) {
      Object v = list.get(frame);
      int result = neutral(all);
      if (v == null) {
        return result; // an absent list is empty
      }
      for (Object element : (Collection<?>) v) {
        frame[slot] = element;
        result = fold(result, operand.eval(frame, asOf), all);
        if (result == decisive(all)) {
          break;
        }
      }
      return result;
    }
  }

  static final class Junction extends Node {
    private final Node[] operands;
    private final boolean and;

    Junction(Node[] operands, boolean and) {
      this.operands = operands;
      this.and = and;
    }

    @Override
    int eval(Object[] frame, LocalDate asOf) {
      int result = neutral(and);
      for (Node operand : operands) {
        result = fold(result, operand.eval(frame, asOf), and);
        if (result == decisive(and)) {
          break;
        }
      }
      return result;
    }
  }

  static final class Not extends Node {
    private final Node operand;

    Not(Node operand) {
      this.operand = operand;
    }

    @Override
    int eval(Object[] frame, LocalDate asOf) {
      int r = operand.eval(frame, asOf);
      return r == UNKNOWN ? UNKNOWN : TRUE - r;
    }
  }
}
