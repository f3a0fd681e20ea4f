package io.github.fourfold.testkit;

import io.github.fourfold.Criterion;
import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.Qualifier;
import io.github.fourfold.testkit.internal.ContractChecks;
import io.github.fourfold.testkit.internal.LeadText;
import io.github.fourfold.testkit.internal.PropertyRunner;
import io.github.fourfold.testkit.internal.PropertyRunner.LeadCheck;
import io.github.fourfold.testkit.internal.RuleTables;
import io.github.fourfold.testkit.internal.RuleTables.Case;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Checks a qualifier that claims to implement the default four-question rule (a port to another
 * engine, a rules-engine version, a faster rewrite): the spec's invariants 5 to 8, agreement with
 * {@link Qualifier#fourQuestion(QualificationPolicy)} on every generated lead, and agreement on
 * exhaustive tables of the rule's input classes. It includes every check of
 * {@link QualifierContract}.
 *
 * <pre>{@code
 * final class MyPortTest implements FourQuestionRuleContract<MyPort> {
 *   @Override
 *   public MyPort qualifier() {
 *     return new MyPort(QualificationPolicy.ofDefaults());
 *   }
 * }
 * }</pre>
 *
 * <p>Agreement means the same verdict, the same criteria in the same order with the same met
 * flags and reason codes, the same warning codes and the same {@code revisitOn}; the wording of
 * messages and questions may differ. The tables (37,904 cases with the default dates) hold:
 *
 * <ul>
 *   <li>every trigger kind × basis × date position {none, asOf−h−1, asOf−h, asOf−1, asOf,
 *       asOf+1, asOf+h, asOf+h+1} × consequence {absent, blank, non-blank}, alone and in pairs,
 *       as of {@link #generator()}'s date, 2028-02-29 and 2027-01-31 (alone also as of
 *       0001-01-01 and 9999-12-31);
 *   <li>every problem basis × addressable {true, false, absent} × quantification {none, cost,
 *       frequency or time lost, each zero or positive}, alone and in pairs;
 *   <li>decision processes with process and timeline each absent, blank or set, a decision date
 *       or none, and none, one or two stakeholders of every basis × approver × threshold × first
 *       contact;
 *   <li>situations with summary absent, empty, blank or set × installed base or not;
 *   <li>every combination of the four criteria's outcomes, with and without a demo request, as
 *       of the generator's date, 2028-02-29, 0001-01-01 and 9999-12-31.
 * </ul>
 *
 * <p>The problem, decision and situation tables are judged as of the generator's date.
 *
 * @param <Q> the qualifier's type
 */
public interface FourQuestionRuleContract<Q extends Qualifier> extends QualifierContract<Q> {
  /**
   * The policy the qualifier under test is configured with; the default rule with this policy is
   * the reference. {@link QualificationPolicy#ofDefaults()} unless overridden.
   *
   * @return the policy
   */
  default QualificationPolicy policy() {
    return QualificationPolicy.ofDefaults();
  }

  /**
   * Where the leads come from: {@link LeadGenerator#ofDefaults()} moved to the horizon of
   * {@link #policy()}, unless overridden.
   *
   * @return the generator
   */
  @Override
  default LeadGenerator generator() {
    return LeadGenerator.builder().horizon(policy().horizon()).build();
  }

  /** Invariant 5: SQL exactly when all four criteria are met; one reason per unmet criterion. */
  @Test
  default void verdict_isSqlExactlyWhenAllFourCriteriaAreMet() {
    Q q = qualifier();
    runRule("Invariant 5: SQL exactly when all four criteria are met, in the order SITUATION,"
            + " PROBLEM, URGENCY, DECISION, with exactly one reason code per unmet criterion",
        q, generator(), "generator()", ContractChecks.sqlExactlyWhenAllMet(q));
  }

  /** Invariant 6: without what meets one criterion, an SQL lead is NOT_YET (or DISQUALIFIED). */
  @Test
  default void removingWhatMeetsACriterion_turnsSqlIntoNotYet() {
    Q q = qualifier();
    runRule("Invariant 6: removing everything that makes one criterion met turns an SQL lead into"
            + " NOT_YET (DISQUALIFIED when only stated unaddressable problems remain)",
        q, LeadGenerator.builder().from(generator()).sql().build(),
        "LeadGenerator.builder().from(generator()).sql().build()",
        ContractChecks.removingWhatMeetsACriterion(q, policy().horizon()));
  }

  /** Invariant 7: a counting trigger makes a lead that only lacks urgency SQL. */
  @Test
  default void addingCountingTrigger_makesUrgencyOnlyLeadSql() {
    Q q = qualifier();
    runRule("Invariant 7: adding a counting trigger to a lead whose only unmet criterion is"
            + " URGENCY makes it SQL",
        q, LeadGenerator.builder().from(generator()).missingExactly(Criterion.URGENCY).build(),
        "LeadGenerator.builder().from(generator()).missingExactly(Criterion.URGENCY).build()",
        ContractChecks.addingACountingTrigger(q, policy().horizon()));
  }

  /** Invariant 8: marking a counting fact ASSUMED never improves the verdict. */
  @Test
  default void markingCountingFactAssumed_neverImprovesVerdict() {
    Q q = qualifier();
    runRule("Invariant 8: marking a counting fact ASSUMED (a counting problem or trigger, a"
            + " stakeholder who can decide) never improves the verdict",
        q, generator(), "generator()",
        ContractChecks.markingACountingFactAssumed(q, policy().horizon()));
  }

  /** Agreement with the default rule on every generated lead. */
  @Test
  default void qualify_agreesWithDefaultRuleOnGeneratedLeads() {
    Q q = qualifier();
    runRule("Agreement with the default rule: the same verdict, reason codes, warning codes and"
            + " revisitOn on every generated lead",
        q, generator(), "generator()",
        ContractChecks.agreesWith(q, Qualifier.fourQuestion(policy())));
  }

  /** Agreement on every trigger kind × basis × boundary date × consequence, alone and in pairs. */
  @Test
  default void qualify_agreesWithDefaultRuleOnTriggerTable() {
    LocalDate asOf = generator().asOf();
    List<Case> cases = new ArrayList<>(RuleTables.triggers(policy().horizon(),
        List.of(asOf, LocalDate.of(2028, 2, 29), LocalDate.of(2027, 1, 31)), true));
    cases.addAll(RuleTables.triggers(policy().horizon(),
        List.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)), false));
    checkTable(qualifier(), policy(), cases);
  }

  /** Agreement on every problem basis × addressable × quantification, alone and in pairs. */
  @Test
  default void qualify_agreesWithDefaultRuleOnProblemTable() {
    checkTable(qualifier(), policy(), RuleTables.problems(policy().horizon(), generator().asOf()));
  }

  /** Agreement on every class of decision process and stakeholder, alone and in pairs. */
  @Test
  default void qualify_agreesWithDefaultRuleOnDecisionTable() {
    checkTable(qualifier(), policy(), RuleTables.decisions(policy().horizon(), generator().asOf()));
  }

  /** Agreement on every class of situation and every combination of the criteria's outcomes. */
  @Test
  default void qualify_agreesWithDefaultRuleOnOutcomeTable() {
    List<Case> cases = new ArrayList<>(RuleTables.situations(policy().horizon(), generator().asOf()));
    for (LocalDate asOf : List.of(generator().asOf(), LocalDate.of(2028, 2, 29),
        LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))) {
      cases.addAll(RuleTables.outcomes(policy().horizon(), asOf));
    }
    checkTable(qualifier(), policy(), cases);
  }

  private void runRule(String property, Q q, LeadGenerator g, String expression, LeadCheck check) {
    new PropertyRunner(property, q, g, expression, seed(), leads()).run(check);
  }

  private static void checkTable(Qualifier q, QualificationPolicy policy, List<Case> cases) {
    Qualifier reference = Qualifier.fourQuestion(policy);
    List<String> failures = new ArrayList<>();
    int failed = 0;
    Throwable firstThrown = null;
    for (Case c : cases) {
      String disagreement;
      try {
        disagreement = ContractChecks.disagreement(q, reference, c.lead(), c.asOf());
      } catch (RuntimeException | StackOverflowError e) {
        disagreement = "threw " + e;
        if (firstThrown == null) {
          firstThrown = e;
        }
      }
      if (disagreement != null) {
        failed++;
        if (failures.size() < 10) {
          failures.add("  - " + c + "\n      " + disagreement + "\n      lead: "
              + LeadText.describe(c.lead()));
        }
      }
    }
    if (failed > 0) {
      throw new AssertionFailedError(
          "Agreement with the default rule (" + policy + ") on an exhaustive table\n"
              + "  does not hold for qualifier " + PropertyRunner.describe(q) + ": it disagrees on "
              + failed + " of " + cases.size() + " table cases; the first " + failures.size()
              + ":\n" + String.join("\n", failures),
          firstThrown);
    }
  }
}
