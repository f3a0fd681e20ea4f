package io.github.fourfold.model;

import io.github.fourfold.internal.Checks;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The lead's current situation (question 1: "what is going on now?"): facts, not opinions. It is
 * known when it has a non-blank summary or at least one installed-base item.
 */
@Value.Immutable
public abstract class Situation {
  Situation() {}

  /** {@return the current state in two or three sentences} */
  public abstract @Nullable String summary();

  /** {@return the machines or systems in use today} */
  public abstract List<InstalledBaseItem> installedBase();

  /** {@return how many people work with it, zero or more} */
  public abstract @Nullable Integer teamSize();

  /** {@return the year since which they have worked this way, 1000 to 9999} */
  public abstract @Nullable Integer inPlaceSince();

  /** {@return a new builder for a situation} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Situation}. */
  public static final class Builder extends ImmutableSituation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.atLeast(teamSize(), 0, "Situation.teamSize");
    Checks.range(inPlaceSince(), 1000, 9999, "Situation.inPlaceSince");
  }
}
