package io.github.fourfold;

import io.github.fourfold.fixtures.WorkedExamples;
import io.github.fourfold.model.Basis;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Frequency;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Per;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.Role;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import java.time.LocalDate;

/**
 * Leads for the rule's tests: an SQL baseline. The spec's worked examples are
 * {@link io.github.fourfold.fixtures.WorkedExamples}.
 */
public final class Fixtures {
  public static final LocalDate AS_OF = WorkedExamples.AS_OF;

  private Fixtures() {}

  public static Situation situation() {
    return Situation.builder().summary("Two packaging lines.").build();
  }

  public static Problem problem() {
    return Problem.builder()
        .statement("The line stops weekly.")
        .frequency(Frequency.of(1, Per.WEEK))
        .addressable(true)
        .build();
  }

  public static UrgencyTrigger deadline(LocalDate date) {
    return UrgencyTrigger.builder()
        .kind(TriggerKind.DEADLINE)
        .description("Audit")
        .date(date)
        .consequence("They lose a customer.")
        .build();
  }

  public static Stakeholder approver() {
    return Stakeholder.builder().title("Director").addRoles(Role.APPROVES).build();
  }

  public static DecisionProcess decision() {
    return DecisionProcess.builder().addStakeholders(approver()).process("Board decides.").build();
  }

  /** A lead that meets all four criteria as of {@link #AS_OF}, with no warnings. */
  public static Lead.Builder sqlLead() {
    Lead.Builder builder = Lead.builder();
    builder
        .id("sql-lead")
        .situation(situation())
        .addProblems(problem())
        .addTriggers(deadline(AS_OF.plusMonths(3)))
        .decisionProcess(decision());
    return builder;
  }

  static Problem.Builder problemBuilder() {
    Problem.Builder b = Problem.builder();
    b.statement("A problem.");
    return b;
  }

  static Stakeholder.Builder stakeholderBuilder(Basis basis) {
    Stakeholder.Builder b = Stakeholder.builder();
    b.basis(basis);
    return b;
  }
}
