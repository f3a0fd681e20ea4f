package io.github.fourfold.rules;

import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.Qualifier;
import io.github.fourfold.internal.rules.RuleChecks;
import io.github.fourfold.internal.rules.RuleQualifier;
import java.util.List;
import org.immutables.value.Value;

/**
 * A qualifier written as data: an id with its version and one or more criteria, each with ordered
 * checks. A definition that exists is valid; {@link #compile()} turns it into a thread-safe
 * {@link Qualifier}.
 *
 * <p>The verdict of the compiled qualifier: {@code DISQUALIFIED} when a check that disqualifies is
 * false, else {@code NOT_YET} when a criterion is unmet, else {@code SQL}. It combines with the
 * default rule through {@link Qualifier#allOf(Qualifier...)} like any qualifier.
 */
@Value.Immutable
public abstract class RuleDefinition {
  RuleDefinition() {}

  /** {@return the id and version, e.g. {@code "acme-icp/3"}: the compiled qualifier's id} */
  public abstract String id();

  /** {@return the criteria, in the order their findings are reported} */
  public abstract List<RuleCriterion> criteria();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleDefinition}; {@code build()} throws {@link InvalidDefinitionException} when it is not valid. */
  public static final class Builder extends ImmutableRuleDefinition.Builder {
    Builder() {}
  }

  /**
   * The qualifier this definition describes, with English texts.
   *
   * @return a thread-safe qualifier whose id is {@link #id()}
   */
  public final Qualifier compile() {
    return compile(QualificationPolicy.ofDefaults());
  }

  /**
   * The qualifier this definition describes, with texts in the policy's language (English where a
   * text has no translation). Only the language of the policy is used.
   *
   * @param policy the policy whose language the texts are in
   * @return a thread-safe qualifier whose id is {@link #id()}
   */
  public final Qualifier compile(QualificationPolicy policy) {
    return RuleQualifier.of(this, policy.locale().getLanguage());
  }

  @Value.Check
  void check() {
    RuleChecks.check(this);
  }
}
