package io.github.fourfold.model;

import io.github.fourfold.internal.Checks;
import java.math.BigDecimal;
import org.immutables.value.Value;

/** The hours a problem costs, per occurrence or per period ("what does it cost you, in time?"). */
@Value.Immutable
public abstract class TimeLost {
  TimeLost() {}

  /** {@return the hours lost, zero or more, with a scale from -100 to 100 as for {@link Money}} */
  @Value.Parameter
  public abstract BigDecimal hours();

  /** {@return what the hours are counted per; {@link Per#OCCURRENCE} unless said otherwise} */
  @Value.Parameter
  @Value.Default
  public Per per() {
    return Per.OCCURRENCE;
  }

  /**
   * Creates a time loss.
   *
   * @param hours the hours lost, zero or more
   * @param per what they are counted per
   * @return the time loss
   */
  public static TimeLost of(BigDecimal hours, Per per) {
    return ImmutableTimeLost.of(hours, per);
  }

  /**
   * Creates a time loss in whole hours.
   *
   * @param hours the hours lost, zero or more
   * @param per what they are counted per
   * @return the time loss
   */
  public static TimeLost of(long hours, Per per) {
    return of(BigDecimal.valueOf(hours), per);
  }

  @Value.Check
  void check() {
    Checks.nonNegative(hours(), "TimeLost.hours");
  }
}
