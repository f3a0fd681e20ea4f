package io.github.fourfold.model;

import io.github.fourfold.internal.Checks;
import java.util.List;
import java.util.SortedMap;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A B2B sales lead: everything a rep knows about it, organised by the four questions. This is what
 * a {@link io.github.fourfold.Qualifier} judges.
 *
 * <p>Only {@link #id()} is required. Absent parts mean "not known yet", never "no".
 */
@Value.Immutable
public abstract class Lead {
  Lead() {}

  /** {@return the lead's id, kept exactly as given: non-blank, at most 200 code points, not necessarily unique} */
  public abstract String id();

  /** {@return the lead's organisation} */
  public abstract @Nullable Company company();

  /** {@return the first contact person (personal data)} */
  public abstract @Nullable Contact contact();

  /** {@return why they got in touch} */
  public abstract @Nullable String context();

  /** {@return where the lead came from, e.g. {@code "webinar"}} */
  public abstract @Nullable String source();

  /** {@return whether the lead asked for a demo; {@code false} by default} */
  @Value.Default
  public boolean demoRequested() {
    return false;
  }

  /** {@return question 1: the current situation} */
  public abstract @Nullable Situation situation();

  /** {@return question 2: the problems, in the order recorded} */
  public abstract List<Problem> problems();

  /** {@return question 3: the urgency triggers, in the order recorded} */
  public abstract List<UrgencyTrigger> triggers();

  /** {@return question 4: the decision process} */
  public abstract @Nullable DecisionProcess decisionProcess();

  /**
   * Custom CRM fields, for custom qualifiers (e.g. an ideal-customer-profile check). The default
   * rule ignores them. Kept in key order, so the same attributes always read and write the same
   * way.
   *
   * @return the attributes, never null
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> attributes();

  /** {@return a new builder for a lead} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Lead}; {@code build()} checks every constraint. */
  public static final class Builder extends ImmutableLead.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.nonBlank(id(), "Lead.id");
    Checks.maxCodePoints(id(), 200, "Lead.id");
  }
}
