package io.github.fourfold.examples.budget;

// README example start
import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.Qualifier;
import io.github.fourfold.QualifierProvider;

/** Makes {@link BudgetKnown} findable by {@code ServiceLoader}, in the policy's language. */
public final class BudgetKnownProvider implements QualifierProvider {
  /** For {@link java.util.ServiceLoader}: a public class with a public no-argument constructor. */
  public BudgetKnownProvider() {}

  @Override
  public String id() {
    return "budget-known"; // what --qualifier and QualifierDiscovery.find(...) take
  }

  @Override
  public Qualifier create(QualificationPolicy policy) {
    return new BudgetKnown(policy.locale());
  }
}
// README example end
