package io.github.fourfold;

import io.github.fourfold.internal.rule.FourQuestionJudge;
import io.github.fourfold.model.Lead;
import java.time.LocalDate;

/**
 * The default four-question rule: {@link FourQuestionJudge} decides, {@link RuleResults} turns
 * the decision into a result. Package-private: users get it from {@link Qualifier#fourQuestion}.
 *
 * <p>Instances are immutable apart from caches of immutable values, so they are thread-safe.
 */
final class FourQuestionRule implements Qualifier {
  private static final FourQuestionRule DEFAULT = new FourQuestionRule(QualificationPolicy.ofDefaults());

  private final QualificationPolicy policy;
  private final FourQuestionJudge judge;
  private final RuleResults results;

  private FourQuestionRule(QualificationPolicy policy) {
    this.policy = policy;
    this.judge = new FourQuestionJudge(policy.horizon());
    this.results = new RuleResults(policy);
  }

  static FourQuestionRule ofDefaults() {
    return DEFAULT;
  }

  static FourQuestionRule of(QualificationPolicy policy) {
    return policy.equals(DEFAULT.policy) ? DEFAULT : new FourQuestionRule(policy);
  }

  @Override
  public String id() {
    return FOUR_QUESTION_ID;
  }

  @Override
  public String toString() {
    return "FourQuestionRule{" + FOUR_QUESTION_ID + ", horizon=" + policy.horizon() + ", locale=" + policy.locale() + "}";
  }

  @Override
  public QualificationResult qualify(Lead lead, LocalDate asOf) {
    return judge.judge(lead, asOf, results);
  }
}
