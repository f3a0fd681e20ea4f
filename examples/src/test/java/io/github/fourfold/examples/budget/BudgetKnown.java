package io.github.fourfold.examples.budget;

// README example start
import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.Verdict;
import io.github.fourfold.model.Lead;
import java.time.LocalDate;
import java.util.Locale;

/** A CRM vendor's own criterion: is there a budget? Reads {@code attributes["crm.budget"]}. */
public final class BudgetKnown implements Qualifier {
  /** The criterion this qualifier reports, after the default rule's four. */
  public static final String CRITERION = "BUDGET";

  private final boolean dutch;

  /**
   * The check, with its texts in a language.
   *
   * @param locale the language of the messages and questions (Dutch or English)
   */
  public BudgetKnown(Locale locale) {
    this.dutch = "nl".equals(locale.getLanguage());
  }

  @Override
  public String id() {
    return "budget-known/1"; // the id and version results carry in "qualifier"
  }

  @Override
  public QualificationResult qualify(Lead lead, LocalDate asOf) {
    String budget = lead.attributes().get("crm.budget");
    QualificationResult.Builder result = QualificationResult.builder()
        .leadId(lead.id()).asOf(asOf).qualifierId(id());
    if (budget == null || budget.isBlank()) {
      // Unknown is not "no": NOT_YET keeps the lead, and the question says what to find out.
      return result.verdict(Verdict.NOT_YET)
          .addFindings(CriterionFinding.unmet(CRITERION, "BUDGET_UNKNOWN",
              dutch ? "Het budget is nog niet bekend." : "The budget is not known yet."))
          .addNextQuestions(dutch ? "Is hier budget voor, en hoe groot is het?"
              : "Is there a budget for this, and how large is it?")
          .build();
    }
    if (budget.strip().equalsIgnoreCase("none")) {
      return result.verdict(Verdict.DISQUALIFIED)
          .addFindings(CriterionFinding.unmet(CRITERION, "NO_BUDGET",
              dutch ? "Er is geen budget voor." : "There is no budget for this."))
          .build();
    }
    return result.verdict(Verdict.SQL).addFindings(CriterionFinding.met(CRITERION)).build();
  }
}
// README example end
