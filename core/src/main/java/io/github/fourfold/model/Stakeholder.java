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

  /** The person's name (personal data). */
  @Value.Redacted
  public abstract @Nullable String name();

  /** The person's job title. */
  public abstract @Nullable String title();

  /** Which side of the organisation the person speaks for. */
  public abstract @Nullable StakeholderGroup group();

  /** What the person does in the decision; repeats mean the same as one, order is kept. */
  public abstract Set<Role> roles();

  /** The amount above which this person signs. */
  public abstract @Nullable Money approvesAbove();

  /** Whether this is the lead's first contact person; {@code false} by default. */
  @Value.Default
  public boolean firstContact() {
    return false;
  }

  /** Whether the lead stated this person's part or the rep assumed it; STATED by default. */
  @Value.Default
  public Basis basis() {
    return Basis.STATED;
  }

  /** Starts building a stakeholder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Stakeholder}. */
  public static final class Builder extends ImmutableStakeholder.Builder {
    Builder() {}
  }
}
