package io.github.fourfold;

import java.time.Period;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * The settings of the default four-question rule: how far ahead (and back) an urgency trigger may
 * lie and still count, and the language of messages and questions.
 *
 * <p>The language never changes a verdict, a reason or a warning, only their wording.
 */
@Value.Immutable(singleton = true)
public abstract class QualificationPolicy {
  /** The spec's default horizon: twelve months. */
  public static final Period DEFAULT_HORIZON = Period.ofMonths(12);

  QualificationPolicy() {}

  /**
   * How far from the reference date a trigger's date may lie: a deadline or opportunity up to
   * this far ahead, an event or opportunity up to this far back. Never negative; twelve months by
   * default.
   *
   * @return the horizon
   */
  @Value.Default
  public Period horizon() {
    return DEFAULT_HORIZON;
  }

  /**
   * The language of messages and questions. English by default; Dutch ({@code nl}) ships too,
   * and any other language falls back to English unless a bundle for it is on the class path.
   *
   * @return the locale of texts
   */
  @Value.Default
  public Locale locale() {
    return Locale.ENGLISH;
  }

  /**
   * The defaults: a twelve-month horizon, English.
   *
   * @return the default policy
   */
  public static QualificationPolicy ofDefaults() {
    return ImmutableQualificationPolicy.of();
  }

  /**
   * A policy with another horizon, in English.
   *
   * @param horizon the horizon, not negative
   * @return the policy
   */
  public static QualificationPolicy ofHorizon(Period horizon) {
    return builder().horizon(horizon).build();
  }

  /** {@return a new builder for a policy} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QualificationPolicy}. */
  public static final class Builder extends ImmutableQualificationPolicy.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (horizon().isNegative()) {
      throw InvalidValueException.of("QualificationPolicy.horizon", "a period that is not negative");
    }
  }
}
