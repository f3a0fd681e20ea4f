package io.github.fourfold.examples.budget;

// README example start
import io.github.fourfold.Qualifier;
import io.github.fourfold.testkit.LeadGenerator;
import io.github.fourfold.testkit.QualifierContract;
import java.util.Locale;

final class BudgetKnownContractTest implements QualifierContract<Qualifier> {
  @Override
  public Qualifier qualifier() {
    return Qualifier.fourQuestion().andThen(new BudgetKnown(Locale.ENGLISH));
  }

  @Override
  public LeadGenerator generator() {
    // The key BudgetKnown reads, with the values it expects; the generator adds absent, blank,
    // odd and hostile ones ("NONE", " 12000 ", "1e6", ...).
    return LeadGenerator.builder().attribute("crm.budget", "25000", "none").build();
  }
}
// README example end
