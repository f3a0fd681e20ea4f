package com.example.consumer;

import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.QualifierProvider;
import io.github.fourfold.Verdict;

/** A vendor's plug-in: leads tagged {@code tier=small} in the CRM are not worth sales' time. */
public final class BigAccountsProvider implements QualifierProvider {
  @Override
  public String id() {
    return "big-accounts";
  }

  @Override
  public Qualifier create(QualificationPolicy policy) {
    return new Qualifier() {
      @Override
      public QualificationResult qualify(io.github.fourfold.model.Lead lead, java.time.LocalDate asOf) {
        boolean small = "small".equals(lead.attributes().get("tier"));
        return QualificationResult.builder()
            .leadId(lead.id())
            .asOf(asOf)
            .verdict(small ? Verdict.DISQUALIFIED : Verdict.SQL)
            .addFindings(small
                ? CriterionFinding.unmet("ACCOUNT_SIZE", "ACCOUNT_TOO_SMALL", "The account is tagged small.")
                : CriterionFinding.met("ACCOUNT_SIZE"))
            .qualifierId(id())
            .build();
      }

      @Override
      public String id() {
        return "big-accounts/1";
      }
    };
  }
}
