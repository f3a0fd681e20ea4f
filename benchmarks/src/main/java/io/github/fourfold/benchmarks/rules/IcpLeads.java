package io.github.fourfold.benchmarks.rules;

import io.github.fourfold.benchmarks.data.Dataset;
import io.github.fourfold.model.Company;
import io.github.fourfold.model.Lead;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** The benchmark's leads with the fields the ICP check reads varied, so every branch runs. */
final class IcpLeads {
  private static final @Nullable String[] INDUSTRIES = {
    null, " ", "Manufacturing", " packaging ", "FOOD PROCESSING", "software", "Retail", "manufacturing"
  };
  private static final @Nullable Integer[] EMPLOYEES = {null, 0, 19, 20, 250, 5_000};
  private static final @Nullable String[] ACCOUNT_TYPES = {null, null, null, "competitor", "customer"};

  private IcpLeads() {}

  static Lead[] of(int size) {
    Lead[] base = Dataset.of(size).leads();
    SplittableRandom random = new SplittableRandom(Dataset.SEED);
    Lead[] out = new Lead[base.length];
    for (int i = 0; i < base.length; i++) {
      Lead.Builder lead = Lead.builder().from(base[i]);
      lead.company(Company.builder()
          .industry(INDUSTRIES[random.nextInt(INDUSTRIES.length)])
          .employees(EMPLOYEES[random.nextInt(EMPLOYEES.length)])
          .build());
      String accountType = ACCOUNT_TYPES[random.nextInt(ACCOUNT_TYPES.length)];
      if (accountType != null) {
        lead.putAttributes("crm.accountType", accountType);
      }
      out[i] = lead.build();
    }
    return out;
  }
}
