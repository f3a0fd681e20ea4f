package io.github.fourfold.model;

import io.github.fourfold.internal.Checks;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A reason to act now (question 3: "why now?"): a deadline, an event or an opportunity, ideally
 * with a date and what happens if nothing is done by then.
 */
@Value.Immutable
public abstract class UrgencyTrigger {
  UrgencyTrigger() {}

  /** {@return deadline, event or opportunity; required} */
  public abstract TriggerKind kind();

  /** {@return what causes it, from the article's examples} */
  public abstract @Nullable TriggerCause cause();

  /** {@return the trigger in a few words; required and non-blank} */
  public abstract String description();

  /** {@return when the deadline is due, the event happened, or the opportunity starts} */
  public abstract @Nullable LocalDate date();

  /** {@return what happens if the problem is not solved by then} */
  public abstract @Nullable String consequence();

  /** {@return whether the lead stated it or the rep assumed it; {@link Basis#STATED} by default} */
  @Value.Default
  public Basis basis() {
    return Basis.STATED;
  }

  /** {@return a new builder for a trigger} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link UrgencyTrigger}. */
  public static final class Builder extends ImmutableUrgencyTrigger.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.nonBlank(description(), "UrgencyTrigger.description");
    Checks.date(date(), "UrgencyTrigger.date");
  }
}
