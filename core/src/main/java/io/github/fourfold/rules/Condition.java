package io.github.fourfold.rules;

import io.github.fourfold.internal.rules.ConditionChecks;
import io.github.fourfold.model.Money;
import java.math.BigDecimal;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A condition over a lead, with three-valued logic: it holds, does not hold, or is unknown (it
 * reads a value the lead does not have). Paths are JSON Pointers into the lead's JSON format
 * ({@code /company/employees}, {@code /attributes/crm.accountType}); {@code *} stands for each
 * element of a list ({@code /triggers/*}{@code /date}).
 *
 * <p>Built with the static factories; each mirrors one form of the definition's JSON (named by
 * {@link Kind#wireName()}). A condition checks its own shape when built; whether its paths exist
 * and fit the operator is checked by the {@link RuleCheck} that holds it.
 */
@Value.Immutable
public abstract class Condition {
  /** The operator of a condition. */
  public enum Kind {
    /** The value exists (a text that is not blank, a list that is not empty). */
    PRESENT("present"),
    /** The value does not exist: the opposite of {@link #PRESENT}. */
    BLANK("blank"),
    /** The value equals one given text, enum name or boolean. */
    EQUALS("equals"),
    /** The value equals one of several texts or enum names. */
    ONE_OF("oneOf"),
    /** An integer or decimal compared with a number. */
    COMPARE("compare"),
    /** An amount of money compared with another in the same currency. */
    COMPARE_MONEY("compareMoney"),
    /** A date compared with the reference date plus an offset. */
    COMPARE_DATE("compareDate"),
    /** A date within a period before or after the reference date. */
    WITHIN("within"),
    /** The number of elements of a list compared with a number. */
    COUNT("count"),
    /** The operand holds for at least one element of a list. */
    ANY("any"),
    /** The operand holds for every element of a list. */
    ALL("all"),
    /** Every operand holds. */
    AND("and"),
    /** At least one operand holds. */
    OR("or"),
    /** The operand does not hold. */
    NOT("not");

    private final String wireName;

    Kind(String wireName) {
      this.wireName = wireName;
    }

    /** {@return the property name of this operator in the definition's JSON form} */
    public String wireName() {
      return wireName;
    }
  }

  Condition() {}

  /** {@return the operator} */
  public abstract Kind kind();

  /** {@return the JSON Pointer into the lead that the condition reads; null for and, or, not} */
  public abstract @Nullable String path();

  /** {@return the texts or enum names compared with (equals: one; oneOf: one or more)} */
  public abstract List<String> values();

  /** {@return the boolean compared with, for equals on a boolean field; else null} */
  public abstract @Nullable Boolean flag();

  /** {@return whether texts are compared ignoring case (equals and oneOf on text fields)} */
  @Value.Default
  public boolean ignoreCase() {
    return false;
  }

  /** {@return how the value is compared, for compare, compareMoney, compareDate and count} */
  public abstract @Nullable Comparison comparison();

  /** {@return the number compared with, for compare and count} */
  public abstract @Nullable BigDecimal number();

  /** {@return the amount compared with, for compareMoney} */
  public abstract @Nullable Money money();

  /** {@return the offset from the reference date (compareDate) or the period (within)} */
  public abstract @Nullable Period period();

  /** {@return the side of the reference date, for within} */
  public abstract @Nullable Direction direction();

  /** {@return the operands: and and or one or more; not, any and all exactly one} */
  public abstract List<Condition> operands();

  /** {@return the nesting depth: 1 for a leaf, one more than the deepest operand otherwise} */
  @Value.Derived
  @Value.Auxiliary
  public int depth() {
    int deepest = 0;
    for (Condition operand : operands()) {
      deepest = Math.max(deepest, operand.depth());
    }
    return deepest + 1;
  }

  /**
   * The value at {@code path} exists: not absent, not a blank text, not an empty list. Never
   * unknown.
   *
   * @param path a JSON Pointer into the lead
   * @return the condition
   */
  public static Condition present(String path) {
    return leaf(Kind.PRESENT, path).build();
  }

  /**
   * The value at {@code path} does not exist (absent, blank text or empty list). Never unknown.
   *
   * @param path a JSON Pointer into the lead
   * @return the condition
   */
  public static Condition blank(String path) {
    return leaf(Kind.BLANK, path).build();
  }

  /**
   * The text or enum value at {@code path} equals {@code value}. Texts are compared without their
   * leading and trailing blanks. Unknown when the value is absent or blank.
   *
   * @param path a JSON Pointer to a text or enum field
   * @param value the text or enum name
   * @param ignoreCase whether texts are compared ignoring case (lower-cased in {@code Locale.ROOT})
   * @return the condition
   */
  public static Condition equalTo(String path, String value, boolean ignoreCase) {
    return leaf(Kind.EQUALS, path).addValues(value).ignoreCase(ignoreCase).build();
  }

  /**
   * The boolean at {@code path} equals {@code value}; unknown when it is absent.
   *
   * @param path a JSON Pointer to a boolean field
   * @param value the boolean
   * @return the condition
   */
  public static Condition equalTo(String path, boolean value) {
    return leaf(Kind.EQUALS, path).flag(value).build();
  }

  /**
   * The text or enum value at {@code path} equals one of {@code values}, compared as in
   * {@link #equalTo(String, String, boolean)}.
   *
   * @param path a JSON Pointer to a text or enum field
   * @param values the texts or enum names, at least one
   * @param ignoreCase whether texts are compared ignoring case
   * @return the condition
   */
  public static Condition oneOf(String path, List<String> values, boolean ignoreCase) {
    return leaf(Kind.ONE_OF, path).values(values).ignoreCase(ignoreCase).build();
  }

  /**
   * The integer or decimal at {@code path} compared with {@code number} (an integer field takes
   * an integer). Unknown when the value is absent.
   *
   * @param path a JSON Pointer to a number field
   * @param comparison how to compare
   * @param number the number
   * @return the condition
   */
  public static Condition compare(String path, Comparison comparison, BigDecimal number) {
    return leaf(Kind.COMPARE, path).comparison(comparison).number(number).build();
  }

  /**
   * Like {@link #compare(String, Comparison, BigDecimal)} with an integer.
   *
   * @param path a JSON Pointer to a number field
   * @param comparison how to compare
   * @param number the number
   * @return the condition
   */
  public static Condition compare(String path, Comparison comparison, long number) {
    return compare(path, comparison, BigDecimal.valueOf(number));
  }

  /**
   * The money at {@code path} compared with {@code money}. Unknown when the value is absent or in
   * another currency: amounts in different currencies are never compared.
   *
   * @param path a JSON Pointer to a money field ({@code /problems/*}{@code /cost})
   * @param comparison how to compare
   * @param money the amount and currency
   * @return the condition
   */
  public static Condition compareMoney(String path, Comparison comparison, Money money) {
    return leaf(Kind.COMPARE_MONEY, path).comparison(comparison).money(money).build();
  }

  /**
   * The date at {@code path} compared with the reference date plus {@code offset} (negative for
   * the past). Unknown when the date is absent.
   *
   * @param path a JSON Pointer to a date field
   * @param comparison how to compare ({@link Comparison#LESS_THAN} is "before")
   * @param offset added to the reference date, e.g. {@code P0D} or {@code P-6M}
   * @return the condition
   */
  public static Condition compareDate(String path, Comparison comparison, Period offset) {
    return leaf(Kind.COMPARE_DATE, path).comparison(comparison).period(offset).build();
  }

  /**
   * The date at {@code path} lies within {@code period} before or after the reference date, both
   * ends included. Unknown when the date is absent.
   *
   * @param path a JSON Pointer to a date field
   * @param period the period, not negative
   * @param direction before or after the reference date
   * @return the condition
   */
  public static Condition within(String path, Period period, Direction direction) {
    return leaf(Kind.WITHIN, path).period(period).direction(direction).build();
  }

  /**
   * The number of elements of the list at {@code path} compared with {@code count}. An absent
   * list has none; never unknown.
   *
   * @param path a JSON Pointer to a list
   * @param comparison how to compare
   * @param count the number
   * @return the condition
   */
  public static Condition count(String path, Comparison comparison, int count) {
    return leaf(Kind.COUNT, path).comparison(comparison).number(BigDecimal.valueOf(count)).build();
  }

  /**
   * {@code condition} holds for at least one element of the list at {@code path}; inside it, paths
   * through {@code path + "/*"} read that element. False for an empty list; unknown when no
   * element holds and some are unknown.
   *
   * @param path a JSON Pointer to a list
   * @param condition the condition for each element
   * @return the condition
   */
  public static Condition any(String path, Condition condition) {
    return leaf(Kind.ANY, path).addOperands(condition).build();
  }

  /**
   * {@code condition} holds for every element of the list at {@code path}, read as in
   * {@link #any}. True for an empty list; unknown when none fails and some are unknown.
   *
   * @param path a JSON Pointer to a list
   * @param condition the condition for each element
   * @return the condition
   */
  public static Condition all(String path, Condition condition) {
    return leaf(Kind.ALL, path).addOperands(condition).build();
  }

  /**
   * Every operand holds (Kleene: false wins over unknown, unknown over true).
   *
   * @param operands at least one
   * @return the condition
   */
  public static Condition and(Condition... operands) {
    return and(Arrays.asList(operands));
  }

  /**
   * Every operand holds, for a list.
   *
   * @param operands at least one
   * @return the condition
   */
  public static Condition and(List<Condition> operands) {
    return ImmutableCondition.builder().kind(Kind.AND).operands(operands).build();
  }

  /**
   * At least one operand holds (Kleene: true wins over unknown, unknown over false).
   *
   * @param operands at least one
   * @return the condition
   */
  public static Condition or(Condition... operands) {
    return or(Arrays.asList(operands));
  }

  /**
   * At least one operand holds, for a list.
   *
   * @param operands at least one
   * @return the condition
   */
  public static Condition or(List<Condition> operands) {
    return ImmutableCondition.builder().kind(Kind.OR).operands(operands).build();
  }

  /**
   * The operand does not hold; unknown stays unknown.
   *
   * @param operand the condition to negate
   * @return the condition
   */
  public static Condition not(Condition operand) {
    return ImmutableCondition.builder().kind(Kind.NOT).addOperands(operand).build();
  }

  private static ImmutableCondition.Builder leaf(Kind kind, String path) {
    return ImmutableCondition.builder().kind(kind).path(path);
  }

  @Value.Check
  void check() {
    ConditionChecks.shape(this);
  }
}
