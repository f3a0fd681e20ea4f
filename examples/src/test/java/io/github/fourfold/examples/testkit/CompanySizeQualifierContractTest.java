package io.github.fourfold.examples.testkit;

import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.Verdict;
import io.github.fourfold.model.Company;
import io.github.fourfold.model.Lead;
import io.github.fourfold.testkit.QualifierContract;
import java.time.LocalDate;

/**
 * A CRM vendor's qualifier, checked by the testkit's contract with one class: the default rule
 * followed by a plug-in that disqualifies companies too small to buy. Implementing
 * {@link QualifierContract} and returning the qualifier is all it takes; every check runs on
 * 2,000 generated leads from a fixed seed.
 */
final class CompanySizeQualifierContractTest implements QualifierContract<Qualifier> {
  @Override
  public Qualifier qualifier() {
    return Qualifier.fourQuestion().andThen(new CompanySize(10));
  }

  /** Disqualifies companies with fewer employees than a minimum; unknown size is no verdict. */
  static final class CompanySize implements Qualifier {
    private final int minimum;

    CompanySize(int minimum) {
      this.minimum = minimum;
    }

    @Override
    public String id() {
      return "company-size/1";
    }

    @Override
    public QualificationResult qualify(Lead lead, LocalDate asOf) {
      Company company = lead.company();
      Integer employees = company == null ? null : company.employees();
      boolean tooSmall = employees != null && employees < minimum;
      return QualificationResult.builder()
          .leadId(lead.id())
          .asOf(asOf)
          .verdict(tooSmall ? Verdict.DISQUALIFIED : Verdict.SQL)
          .addFindings(tooSmall
              ? CriterionFinding.unmet("COMPANY_SIZE", "COMPANY_TOO_SMALL",
                  "The company has fewer than " + minimum + " employees.")
              : CriterionFinding.met("COMPANY_SIZE"))
          .qualifierId(id())
          .build();
    }
  }
}
