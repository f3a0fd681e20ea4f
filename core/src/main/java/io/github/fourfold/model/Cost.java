package io.github.fourfold.model;

import io.github.fourfold.internal.Checks;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * What a problem costs: an amount of money per occurrence or per period ("what does it cost you,
 * in money?").
 */
@Value.Immutable
public abstract class Cost {
  Cost() {}

  /** {@return the amount, zero or more, with a scale from -100 to 100 as for {@link Money}} */
  @Value.Parameter
  public abstract BigDecimal amount();

  /** {@return the ISO 4217 currency code} */
  @Value.Parameter
  public abstract String currency();

  /** {@return what the amount is counted per; {@link Per#OCCURRENCE} unless said otherwise} */
  @Value.Parameter
  @Value.Default
  public Per per() {
    return Per.OCCURRENCE;
  }

  /**
   * Creates a cost.
   *
   * @param amount the amount, zero or more
   * @param currency an ISO 4217 code such as {@code "EUR"}
   * @param per what the amount is counted per
   * @return the cost
   */
  public static Cost of(BigDecimal amount, String currency, Per per) {
    return ImmutableCost.of(amount, currency, per);
  }

  /**
   * Creates a cost with a whole amount.
   *
   * @param amount the amount, zero or more
   * @param currency an ISO 4217 code such as {@code "EUR"}
   * @param per what the amount is counted per
   * @return the cost
   */
  public static Cost of(long amount, String currency, Per per) {
    return of(BigDecimal.valueOf(amount), currency, per);
  }

  /** {@return a new builder for a cost} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cost}. */
  public static final class Builder extends ImmutableCost.Builder {
    Builder() {}
  }

  /**
   * The amount and currency, without {@link #per()}.
   *
   * @return the money
   */
  public final Money money() {
    return Money.of(amount(), currency());
  }

  @Value.Check
  void check() {
    Checks.nonNegative(amount(), "Cost.amount");
    Checks.currency(currency(), "Cost.currency");
  }
}
