package io.github.fourfold.internal.rule;

import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.Qualifier;
import io.github.fourfold.QualifierProvider;

/** Offers the default rule through {@link io.github.fourfold.QualifierDiscovery} as {@code four-question}. */
public final class FourQuestionProvider implements QualifierProvider {
  /** For {@link java.util.ServiceLoader}. */
  public FourQuestionProvider() {}

  @Override
  public String id() {
    return "four-question";
  }

  @Override
  public Qualifier create(QualificationPolicy policy) {
    return Qualifier.fourQuestion(policy);
  }
}
