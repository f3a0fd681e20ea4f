package io.github.fourfold.examples.icpfit;

import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.Verdict;
import io.github.fourfold.model.Company;
import io.github.fourfold.model.Lead;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A CRM vendor's own qualifier: does the lead fit the ideal customer profile (ICP)? It reads the
 * company's industry and size and the CRM field {@code crm.accountType}, and disqualifies a
 * misfit with its own reason codes under the criterion {@code ICP_FIT}.
 *
 * <p>Like every qualifier it is pure and thread-safe: its configuration is immutable and it
 * never reads the clock.
 */
public final class IcpFitQualifier implements Qualifier {
  /** The criterion this qualifier reports. */
  public static final String CRITERION = "ICP_FIT";

  private final Set<String> industries;
  private final int minEmployees;

  /**
   * Creates the check.
   *
   * @param industries the target industries, compared case-insensitively
   * @param minEmployees the smallest company that fits
   */
  public IcpFitQualifier(Set<String> industries, int minEmployees) {
    this.industries = Set.copyOf(industries.stream().map(i -> i.toLowerCase(Locale.ROOT)).toList());
    this.minEmployees = minEmployees;
  }

  /**
   * The profile of a maker of production-line equipment: manufacturing and food processing, 20
   * employees or more.
   *
   * @return the check with that profile
   */
  public static IcpFitQualifier manufacturing() {
    return new IcpFitQualifier(Set.of("manufacturing", "food processing", "packaging"), 20);
  }

  @Override
  public String id() {
    return "icp-fit/1";
  }

  @Override
  public QualificationResult qualify(Lead lead, LocalDate asOf) {
    CriterionFinding finding = judge(lead);
    Verdict verdict;
    if (finding.met()) {
      verdict = Verdict.SQL;
    } else if ("ICP_FIT_UNKNOWN".equals(finding.reasonCode())) {
      // Unknown is not the same as no: keep qualifying.
      verdict = Verdict.NOT_YET;
    } else {
      verdict = Verdict.DISQUALIFIED;
    }
    QualificationResult.Builder result = QualificationResult.builder();
    result.leadId(lead.id()).asOf(asOf).verdict(verdict).addFindings(finding).qualifierId(id());
    if (!finding.met()) {
      result.addNextQuestions("Which industry are you in, and how many people work at your company?");
    }
    return result.build();
  }

  private CriterionFinding judge(Lead lead) {
    if ("competitor".equalsIgnoreCase(lead.attributes().get("crm.accountType"))) {
      return CriterionFinding.unmet(CRITERION, "ICP_COMPETITOR", "The account is marked as a competitor in the CRM.");
    }
    Company company = lead.company();
    @Nullable String industry = company == null ? null : company.industry();
    @Nullable Integer employees = company == null ? null : company.employees();
    if (industry == null || industry.isBlank()) {
      return CriterionFinding.unmet(CRITERION, "ICP_FIT_UNKNOWN", "The company's industry is not known yet.");
    }
    if (!industries.contains(industry.strip().toLowerCase(Locale.ROOT))) {
      return CriterionFinding.unmet(CRITERION, "ICP_INDUSTRY_MISMATCH", "The company's industry is outside the ideal customer profile.");
    }
    if (employees != null && employees < minEmployees) {
      return CriterionFinding.unmet(CRITERION, "ICP_TOO_SMALL",
          "The company has fewer than " + minEmployees + " employees.");
    }
    return CriterionFinding.met(CRITERION);
  }
}
