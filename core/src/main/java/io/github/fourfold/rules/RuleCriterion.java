package io.github.fourfold.rules;

import io.github.fourfold.internal.rules.RuleChecks;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * A criterion of a rule definition: an UPPER_SNAKE name (not one of the four standard criteria)
 * and its checks in order. The first check that does not hold gives the criterion's finding; the
 * criterion is met when every check holds.
 */
@Value.Immutable
public abstract class RuleCriterion {
  RuleCriterion() {}

  /** {@return the criterion's name, e.g. {@code "ICP_FIT"}} */
  @Value.Parameter
  public abstract String name();

  /** {@return the checks, in order of precedence} */
  @Value.Parameter
  public abstract List<RuleCheck> checks();

  /**
   * A criterion.
   *
   * @param name the name, UPPER_SNAKE
   * @param checks the checks in order, at least one
   * @return the criterion
   * @throws InvalidDefinitionException when it is not valid
   */
  public static RuleCriterion of(String name, RuleCheck... checks) {
    return of(name, Arrays.asList(checks));
  }

  /**
   * A criterion, for a list of checks.
   *
   * @param name the name, UPPER_SNAKE
   * @param checks the checks in order, at least one
   * @return the criterion
   * @throws InvalidDefinitionException when it is not valid
   */
  public static RuleCriterion of(String name, List<RuleCheck> checks) {
    return ImmutableRuleCriterion.of(name, checks);
  }

  @Value.Check
  void check() {
    RuleChecks.check(this);
  }
}
