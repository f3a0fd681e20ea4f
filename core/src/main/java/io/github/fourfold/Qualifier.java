package io.github.fourfold;

import io.github.fourfold.model.Lead;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Decides whether a lead is sales-qualified, and explains why.
 *
 * <p>The contract every implementation keeps (the testkit's {@code QualifierContract} checks it):
 *
 * <ul>
 *   <li><b>Pure</b>: the result depends only on the lead, the reference date {@code asOf} and the
 *       qualifier's own configuration. It never reads the clock, so re-qualifying a stored lead
 *       "as of" a past date gives the same answer.
 *   <li><b>Thread-safe</b>: one instance may be called from any number of threads at once.
 *   <li><b>Total</b>: for every valid lead and every {@code asOf} in the years 0001 to 9999 it
 *       returns a result and never throws.
 *   <li><b>Order-free and blind to personal data</b>: reordering problems, triggers or
 *       stakeholders, or changing names, e-mail addresses, phone numbers or the wording of free
 *       text (other than blank versus non-blank), does not change the verdict.
 * </ul>
 *
 * <p>The default rule comes from {@link #fourQuestion()}; plug-ins are combined with
 * {@link #allOf(Qualifier...)} and found on the class path with {@link QualifierDiscovery}. The
 * rule, its reason codes and these invariants are described in the project's
 * {@code docs/qualification-rule.md}.
 *
 * <p>A complete custom qualifier, as a CRM vendor writes it: its own id, its own criterion and
 * reason codes, {@code NOT_YET} with a question when it does not know yet, {@code DISQUALIFIED}
 * only for a known "no", and never an exception, whatever the attribute holds:
 *
 * <pre>{@code
 * public final class BudgetKnown implements Qualifier {
 *   @Override
 *   public String id() {
 *     return "budget-known/1"; // the id and version results carry in "qualifier"
 *   }
 *
 *   @Override
 *   public QualificationResult qualify(Lead lead, LocalDate asOf) {
 *     String budget = lead.attributes().get("crm.budget");
 *     QualificationResult.Builder result = QualificationResult.builder()
 *         .leadId(lead.id()).asOf(asOf).qualifierId(id());
 *     if (budget == null || budget.isBlank()) {
 *       return result.verdict(Verdict.NOT_YET)
 *           .addFindings(CriterionFinding.unmet("BUDGET", "BUDGET_UNKNOWN", "The budget is not known yet."))
 *           .addNextQuestions("Is there a budget for this, and how large is it?")
 *           .build();
 *     }
 *     if (budget.strip().equalsIgnoreCase("none")) {
 *       return result.verdict(Verdict.DISQUALIFIED)
 *           .addFindings(CriterionFinding.unmet("BUDGET", "NO_BUDGET", "There is no budget for this."))
 *           .build();
 *     }
 *     return result.verdict(Verdict.SQL).addFindings(CriterionFinding.met("BUDGET")).build();
 *   }
 * }
 *
 * // Registered for ServiceLoader in META-INF/services/io.github.fourfold.QualifierProvider:
 * public final class BudgetKnownProvider implements QualifierProvider {
 *   @Override
 *   public String id() {
 *     return "budget-known"; // what --qualifier and QualifierDiscovery.find(...) take
 *   }
 *
 *   @Override
 *   public Qualifier create(QualificationPolicy policy) {
 *     return new BudgetKnown();
 *   }
 * }
 *
 * // Its test, with the testkit: the generator also tries absent, blank, odd and hostile budgets.
 * final class BudgetKnownContractTest implements QualifierContract<Qualifier> {
 *   @Override
 *   public Qualifier qualifier() {
 *     return Qualifier.fourQuestion().andThen(new BudgetKnown());
 *   }
 *
 *   @Override
 *   public LeadGenerator generator() {
 *     return LeadGenerator.builder().attribute("crm.budget", "25000", "none").build();
 *   }
 * }
 * }</pre>
 *
 * <p>The project's README and {@code examples} have the same qualifier with English and Dutch
 * texts, compiled, packaged as a plug-in jar and run by its tests.
 */
@FunctionalInterface
public interface Qualifier {
  /** The id and version of the default rule, as results report it. */
  String FOUR_QUESTION_ID = "four-question/1";

  /**
   * Judges a lead as of a reference date.
   *
   * @param lead the lead
   * @param asOf the reference date: "today" for the judgement, given by the caller
   * @return the explained result; never null
   */
  QualificationResult qualify(Lead lead, LocalDate asOf);

  /**
   * The id and version of this qualifier, as it names itself in results and errors (e.g.
   * {@code "icp-fit/1"}). The default is the class name.
   *
   * @return the id
   */
  default String id() {
    return getClass().getName();
  }

  /**
   * The default four-question rule with the default policy (a twelve-month horizon, English).
   *
   * @return the shared, thread-safe default qualifier
   */
  static Qualifier fourQuestion() {
    return FourQuestionRule.ofDefaults();
  }

  /**
   * The default four-question rule with the given policy.
   *
   * @param policy the horizon and language
   * @return a thread-safe qualifier
   */
  static Qualifier fourQuestion(QualificationPolicy policy) {
    return FourQuestionRule.of(policy);
  }

  /**
   * Runs several qualifiers on each lead and combines their results: the worst verdict wins
   * ({@code DISQUALIFIED} over {@code NOT_YET} over {@code SQL}); findings, warnings and
   * questions are concatenated in the given order (repeated questions once). {@code revisitOn} is
   * kept only when the combined verdict is {@code NOT_YET} and every {@code NOT_YET} part has one
   * (the latest is taken). The combined id joins the parts' ids with {@code +}.
   *
   * <p>A part that throws, returns null, or returns a result for another lead or date makes the
   * combined qualifier throw {@link QualifierFailedException} naming that part: a failure is
   * never turned into a verdict.
   *
   * @param qualifiers the parts, at least one
   * @return the combined qualifier
   */
  static Qualifier allOf(Qualifier... qualifiers) {
    return allOf(Arrays.asList(qualifiers));
  }

  /**
   * Like {@link #allOf(Qualifier...)}, for a list.
   *
   * @param qualifiers the parts, at least one
   * @return the combined qualifier
   */
  static Qualifier allOf(List<? extends Qualifier> qualifiers) {
    return CompositeQualifier.of(qualifiers);
  }

  /**
   * This qualifier followed by another, combined as {@link #allOf(Qualifier...)} does.
   *
   * @param next the qualifier to run after this one
   * @return the combined qualifier
   */
  default Qualifier andThen(Qualifier next) {
    return allOf(this, next);
  }
}
