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

  static final class Present extends Node {
    private final Read read;
    private final boolean negate;

    Present(Read read, boolean negate) {
      this.read = read;
      this.negate = negate;
    }

    @Override
    int eval(Object[] frame, LocalDate asOf) {
      Object v = read.get(frame);
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

  static final class TextIn extends Node {
    private final Read read;
    private final Set<String> values;
    private final boolean ignoreCase;

    TextIn(Read read, Set<String> values, boolean ignoreCase) {
      this.read = read;
      this.values = values;
      this.ignoreCase = ignoreCase;
    }

    @Override
    int eval(Object[] frame, LocalDate asOf) {
      Object v = read.get(frame);
      String s = v == null ? null : normalized((String) v, ignoreCase);
      return s == null ? UNKNOWN : of(values.contains(s));
    }
  }

  /** Enum constants and booleans: compared by equality; absent is unknown. */
  static final class ValueIn extends Node {
    private final Read read;
    private final Set<Object> values;

    ValueIn(Read read, Set<Object> values) {
      this.read = read;
      this.values = values;
    }

    @Override
    int eval(Object[] frame, LocalDate asOf) {
      Object v = read.get(frame);
      return v == null ? UNKNOWN : of(values.contains(v));
    }
  }

  /**
   * A value compared with the condition's: absent is unknown, and so is a value that cannot be
   * compared (money in another currency).
   */
  abstract static class Ordered extends Node {
    /** What {@link #order} returns for a value that cannot be compared. */
    static final int INCOMPARABLE = Integer.MIN_VALUE;

    private final Read read;
    private final Comparison comparison;

    Ordered(Read read, Comparison comparison) {
      this.read = read;
      this.comparison = comparison;
    }

    /** The order of the lead's value against the condition's: negative, zero, positive or {@link #INCOMPARABLE}. */
    abstract int order(Object value, LocalDate asOf);

    @Override
    final int eval(Object[] frame, LocalDate asOf) {
      Object v = read.get(frame);
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

  static final class Within extends Node {
    private final Read read;
    private final Period period;
    private final boolean before;

    Within(Read read, Period period, boolean before) {
      this.read = read;
      this.period = period;
      this.before = before;
    }

    @Override
    int eval(Object[] frame, LocalDate asOf) {
      Object v = read.get(frame);
      if (v == null) {
        return UNKNOWN;
      }
      LocalDate date = (LocalDate) v;
      LocalDate from = before ? asOf.minus(period) : asOf;
      LocalDate to = before ? asOf : asOf.plus(period);
      return of(!date.isBefore(from) && !date.isAfter(to));
    }
  }

  static final class Count extends Node {
    private final Read read;
    private final Comparison comparison;
    private final long value;

    Count(Read read, Comparison comparison, long value) {
      this.read = read;
      this.comparison = comparison;
      this.value = value;
    }

    @Override
    int eval(Object[] frame, LocalDate asOf) {
      Object v = read.get(frame);
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
      // any: true wins, then unknown; all: false wins, then unknown. An absent list is empty.
      int decisive = all ? FALSE : TRUE;
      int result = all ? TRUE : FALSE;
      if (v == null) {
        return result;
      }
      for (Object element : (Collection<?>) v) {
        frame[slot] = element;
        int r = operand.eval(frame, asOf);
        if (r == decisive) {
          return decisive;
        }
        if (r == UNKNOWN) {
          result = UNKNOWN;
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
      int decisive = and ? FALSE : TRUE;
      int result = and ? TRUE : FALSE;
      for (Node operand : operands) {
        int r = operand.eval(frame, asOf);
        if (r == decisive) {
          return decisive;
        }
        if (r == UNKNOWN) {
          result = UNKNOWN;
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
