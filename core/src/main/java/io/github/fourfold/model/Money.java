package io.github.fourfold.model;

import io.github.fourfold.internal.Checks;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * An exact amount of money in one currency, such as the cost of a stop or a signing threshold.
 *
 * <p>The amount is kept exactly as given (scale included) and is never negative; its scale is
 * from -100 to 100 (at most 100 digits after the decimal point, and at most 100 zeros from an
 * exponent: {@code 1E+100} but not {@code 1E+101}), so that every report can write it out. The
 * same bound holds for every decimal in the model (costs, hours, ages). The currency is
 * an ISO 4217 code that {@link java.util.Currency} knows.
 */
@Value.Immutable
public abstract class Money {
  Money() {}

  /** {@return the amount, zero or more} */
  @Value.Parameter
  public abstract BigDecimal amount();

  /** {@return the ISO 4217 currency code, three upper-case letters (e.g. {@code EUR})} */
  @Value.Parameter
  public abstract String currency();

  /**
   * Creates an amount of money.
   *
   * @param amount the amount, zero or more
   * @param currency an ISO 4217 code such as {@code "EUR"}
   * @return the money
   * @throws io.github.fourfold.InvalidValueException if either is invalid
   */
  public static Money of(BigDecimal amount, String currency) {
    return ImmutableMoney.of(amount, currency);
  }

  /**
   * Creates a whole amount of money.
   *
   * @param amount the amount, zero or more
   * @param currency an ISO 4217 code such as {@code "EUR"}
   * @return the money
   */
  public static Money of(long amount, String currency) {
    return of(BigDecimal.valueOf(amount), currency);
  }

  @Value.Check
  void check() {
    Checks.nonNegative(amount(), "Money.amount");
    Checks.currency(currency(), "Money.currency");
  }
}
