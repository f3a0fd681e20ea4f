package io.github.fourfold.model;

import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A person involved in the buying decision. The name is personal data: masked in
 * {@code toString()} and never read by the default rule.
 */
@Value.Immutable
public abstract class Stakeholder {
  Stakeholder() {}

  /** {@return the person's name (personal data)} */
  @Value.Redacted
  public abstract @Nullable String name();

  /** {@return the person's job title} */
  public abstract @Nullable String title();

  /** {@return which side of the organisation the person speaks for} */
  public abstract @Nullable StakeholderGroup group();

  /** {@return what the person does in the decision, in the enum's order; repeats mean the same as one} */
  public abstract Set<Role> roles();

  /** {@return the amount above which this person signs} */
  public abstract @Nullable Money approvesAbove();

  /** {@return whether this is the lead's first contact person; {@code false} by default} */
  @Value.Default
  public boolean firstContact() {
    return false;
  }

  /** {@return whether the lead stated this person's part or the rep assumed it; STATED by default} */
  @Value.Default
  public Basis basis() {
    return Basis.STATED;
  }

  /** {@return a new builder for a stakeholder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Stakeholder}. */
  public static final class Builder extends ImmutableStakeholder.Builder {
    Builder() {}
  }
}
