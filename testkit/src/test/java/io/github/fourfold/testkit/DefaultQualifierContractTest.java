package io.github.fourfold.testkit;

import io.github.fourfold.Qualifier;

/** The default rule keeps both contracts: every qualifier's, and the four-question rule's. */
final class DefaultQualifierContractTest implements FourQuestionRuleContract<Qualifier> {
  @Override
  public Qualifier qualifier() {
    return Qualifier.fourQuestion();
  }
}
