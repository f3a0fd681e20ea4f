package io.github.fourfold.model;

import io.github.fourfold.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * How the lead decides (question 4: "who decides, who pays, and how?"): the people involved and
 * the process or timeline.
 */
@Value.Immutable
public abstract class DecisionProcess {
  DecisionProcess() {}

  /** {@return the people involved in the decision} */
  public abstract List<Stakeholder> stakeholders();

  /** {@return how such investments are judged} */
  public abstract @Nullable String process();

  /** {@return the usual time to a decision} */
  public abstract @Nullable String timeline();

  /** {@return the date by which the decision is to be made} */
  public abstract @Nullable LocalDate decisionBy();

  /** {@return a new builder for a decision process} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecisionProcess}. */
  public static final class Builder extends ImmutableDecisionProcess.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.date(decisionBy(), "DecisionProcess.decisionBy");
  }
}
