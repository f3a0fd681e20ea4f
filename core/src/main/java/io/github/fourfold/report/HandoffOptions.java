package io.github.fourfold.report;

import io.github.fourfold.InvalidValueException;
import io.github.fourfold.QualificationPolicy;
import java.time.Period;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * How to write a {@link HandoffNote}: the horizon the lead was qualified with, the language, and
 * whether people's names may appear.
 */
@Value.Immutable(singleton = true)
public abstract class HandoffOptions {
  HandoffOptions() {}

  /**
   * The horizon the lead was qualified with, so the note shows the trigger that counted; twelve
   * months by default, as in {@link QualificationPolicy#DEFAULT_HORIZON}.
   *
   * @return the horizon
   */
  @Value.Default
  public Period horizon() {
    return QualificationPolicy.DEFAULT_HORIZON;
  }

  /**
   * The language of the note's labels, messages and questions; English by default, as in
   * {@link QualificationPolicy#locale()}.
   *
   * @return the language
   */
  @Value.Default
  public Locale locale() {
    return Locale.ENGLISH;
  }

  /**
   * Whether the note names the people involved in the decision (and the contact). False by
   * default: names are personal data, and a note is often copied beyond the CRM. E-mail
   * addresses, phone numbers and the lead's custom attributes are never in a note.
   *
   * @return whether names are shown
   */
  @Value.Default
  public boolean includeNames() {
    return false;
  }

  /**
   * The defaults: a twelve-month horizon, English, no names.
   *
   * @return the default options
   */
  public static HandoffOptions ofDefaults() {
    return ImmutableHandoffOptions.of();
  }

  /**
   * Options matching the policy a lead was qualified with, without names.
   *
   * @param policy the policy
   * @return options with the policy's horizon and language
   */
  public static HandoffOptions from(QualificationPolicy policy) {
    return builder().horizon(policy.horizon()).locale(policy.locale()).build();
  }

  /** {@return a new builder for options} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HandoffOptions}. */
  public static final class Builder extends ImmutableHandoffOptions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (horizon().isNegative()) {
      throw InvalidValueException.of("HandoffOptions.horizon", "a period that is not negative");
    }
  }
}
