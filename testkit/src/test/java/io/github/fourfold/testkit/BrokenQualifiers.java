package io.github.fourfold.testkit;

import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.Verdict;
import io.github.fourfold.Warning;
import io.github.fourfold.model.Basis;
import io.github.fourfold.model.Contact;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.UrgencyTrigger;
import io.github.fourfold.testkit.internal.SpecOracle;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Qualifiers with one deliberate, realistic bug each, and the contract test classes that check
 * them. The classes are named {@code *Case} so that Surefire never runs them on their own:
 * {@link ContractsCatchBrokenQualifiersTest} runs them and checks which tests fail.
 */
final class BrokenQualifiers {
  private static final Qualifier RULE = Qualifier.fourQuestion();
  private static final Period RULE_HORIZON = Period.ofMonths(12);

  private BrokenQualifiers() {}

  // ---- broken qualifiers ------------------------------------------------------------------------

  /** Disqualifies leads whose contact has a name of even length: it reads personal data. */
  static final class ContactNameDependent implements Qualifier {
    @Override
    public QualificationResult qualify(Lead lead, LocalDate asOf) {
      QualificationResult r = RULE.qualify(lead, asOf);
      Contact contact = lead.contact();
      String name = contact == null ? null : contact.name();
      if (name == null || SpecOracle.isBlank(name) || name.length() % 2 != 0) {
        return r;
      }
      return blockedInCrm(r);
    }
  }

  /** Judges urgency by the first trigger only: it depends on list order. */
  static final class FirstTriggerOnly implements Qualifier {
    @Override
    public QualificationResult qualify(Lead lead, LocalDate asOf) {
      List<UrgencyTrigger> first = lead.triggers().isEmpty() ? List.of()
          : List.of(lead.triggers().get(0));
      return RULE.qualify(Lead.builder().from(lead).triggers(first).build(), asOf);
    }
  }

  /** Reads the first problem and trigger without checking: it throws on empty lists. */
  static final class ThrowsOnEmptyLists implements Qualifier {
    @Override
    public QualificationResult qualify(Lead lead, LocalDate asOf) {
      if (lead.problems().get(0).statement().isEmpty()
          || lead.triggers().get(0).description().isEmpty()) {
        throw new IllegalStateException("unreachable: statements are never empty");
      }
      return RULE.qualify(lead, asOf);
    }
  }

  /**
   * Keeps the lead being judged in a field: not thread-safe. (The field is volatile so that the
   * JIT cannot keep it in a register; writing it and reading it back is still a race.)
   */
  static final class SharedState implements Qualifier {
    private volatile @Nullable Lead current;

    @Override
    public QualificationResult qualify(Lead lead, LocalDate asOf) {
      current = lead;
      for (int i = 0; i < 200; i++) {
        Thread.onSpinWait();
      }
      Thread.yield();
      Lead judged = current;
      return RULE.qualify(judged == null ? lead : judged, asOf);
    }
  }

  /** Greets the contact by name in a warning: its results quote personal data. */
  static final class QuotesContactName implements Qualifier {
    @Override
    public QualificationResult qualify(Lead lead, LocalDate asOf) {
      QualificationResult r = RULE.qualify(lead, asOf);
      Contact contact = lead.contact();
      String name = contact == null ? null : contact.name();
      if (name == null || SpecOracle.isBlank(name)) {
        return r;
      }
      return QualificationResult.builder().from(r)
          .addWarnings(Warning.of("CALL_BACK", "Call " + name + " back this week.")).build();
    }
  }

  /**
   * Issue 13: a CRM vendor's budget check that parses {@code attributes["crm.budget"]} with
   * {@code Integer.parseInt}: it throws on {@code "none"}, blank and odd values.
   */
  static final class ParsesBudget implements Qualifier {
    @Override
    public QualificationResult qualify(Lead lead, LocalDate asOf) {
      String budget = lead.attributes().get("crm.budget");
      QualificationResult.Builder r = QualificationResult.builder()
          .leadId(lead.id()).asOf(asOf).qualifierId("parses-budget/1");
      if (budget == null) {
        return r.verdict(Verdict.NOT_YET)
            .addFindings(CriterionFinding.unmet("BUDGET", "BUDGET_UNKNOWN", "No budget is known.")).build();
      }
      if (Integer.parseInt(budget) <= 0) {
        return r.verdict(Verdict.DISQUALIFIED)
            .addFindings(CriterionFinding.unmet("BUDGET", "NO_BUDGET", "There is no budget.")).build();
      }
      return r.verdict(Verdict.SQL).addFindings(CriterionFinding.met("BUDGET")).build();
    }
  }

  /** Issue 13: disqualifies leads whose contact's name starts with "A": it reads personal data. */
  static final class FirstLetterA implements Qualifier {
    @Override
    public QualificationResult qualify(Lead lead, LocalDate asOf) {
      QualificationResult r = RULE.qualify(lead, asOf);
      Contact contact = lead.contact();
      String name = contact == null ? null : contact.name();
      if (name == null || !name.startsWith("A")) {
        return r;
      }
      return blockedInCrm(r);
    }
  }

  /** The result, disqualified by a CRM criterion. */
  private static QualificationResult blockedInCrm(QualificationResult r) {
    return QualificationResult.builder().from(r).verdict(Verdict.DISQUALIFIED).revisitOn(null)
        .addFindings(CriterionFinding.unmet("CRM_FIT", "CRM_BLOCKED", "Blocked in the CRM."))
        .build();
  }

  // ---- broken ports of the default rule ---------------------------------------------------------

  /** Treats the horizon's ends as outside (an off-by-one at asOf − h and asOf + h). */
  static final class ExclusiveHorizonPort implements Qualifier {
    @Override
    public QualificationResult qualify(Lead lead, LocalDate asOf) {
      SpecOracle oracle = new SpecOracle(RULE_HORIZON);
      LocalDate latest = oracle.latest(asOf);
      LocalDate earliest = oracle.earliest(asOf);
      List<UrgencyTrigger> shifted = new ArrayList<>();
      for (UrgencyTrigger t : lead.triggers()) {
        LocalDate date = t.date();
        if (date != null && date.equals(latest) && !date.equals(asOf)) {
          date = date.plusDays(1);
        } else if (date != null && date.equals(earliest) && !date.equals(asOf)) {
          date = date.minusDays(1);
        }
        shifted.add(UrgencyTrigger.builder().from(t).date(date).build());
      }
      return RULE.qualify(Lead.builder().from(lead).triggers(shifted).build(), asOf);
    }
  }

  /** Lets an assumed quantified problem count, but a stated one only when addressable is true. */
  static final class TrustsAssumptionsPort implements Qualifier {
    @Override
    public QualificationResult qualify(Lead lead, LocalDate asOf) {
      List<Problem> judged = new ArrayList<>();
      for (Problem p : lead.problems()) {
        if (p.basis() == Basis.ASSUMED && SpecOracle.quantified(p)) {
          judged.add(Problem.builder().from(p).basis(Basis.STATED).addressable(true).build());
        } else if (p.basis() == Basis.STATED && p.addressable() == null) {
          judged.add(Problem.builder().from(p).cost(null).frequency(null).timeLost(null).build());
        } else {
          judged.add(p);
        }
      }
      return RULE.qualify(Lead.builder().from(lead).problems(judged).build(), asOf);
    }
  }

  /** Also counts a situation as known when only its team size is known. */
  static final class LenientSituationPort implements Qualifier {
    @Override
    public QualificationResult qualify(Lead lead, LocalDate asOf) {
      Situation s = lead.situation();
      if (s != null && !SpecOracle.situationKnown(s) && s.teamSize() != null) {
        s = Situation.builder().from(s).summary("A team of " + s.teamSize() + ".").build();
        return RULE.qualify(Lead.builder().from(lead).situation(s).build(), asOf);
      }
      return RULE.qualify(lead, asOf);
    }
  }

  /**
   * Uses {@link String#isBlank()}, which takes a no-break or zero-width space for content, where
   * the spec counts them as blank: it sees such text as written.
   */
  static final class JavaIsBlankPort implements Qualifier {
    @Override
    public QualificationResult qualify(Lead lead, LocalDate asOf) {
      Lead.Builder seen = Lead.builder().from(lead);
      Situation s = lead.situation();
      if (s != null) {
        seen.situation(Situation.builder().from(s).summary(asSeen(s.summary())).build());
      }
      List<UrgencyTrigger> triggers = new ArrayList<>();
      for (UrgencyTrigger t : lead.triggers()) {
        triggers.add(UrgencyTrigger.builder().from(t).consequence(asSeen(t.consequence())).build());
      }
      seen.triggers(triggers);
      DecisionProcess p = lead.decisionProcess();
      if (p != null) {
        seen.decisionProcess(DecisionProcess.builder().from(p).process(asSeen(p.process()))
            .timeline(asSeen(p.timeline())).build());
      }
      return RULE.qualify(seen.build(), asOf);
    }

    private static @Nullable String asSeen(@Nullable String text) {
      return text != null && SpecOracle.isBlank(text) && !text.isBlank() ? "(text)" : text;
    }
  }

  /** Reports the criteria sorted by name, as a sorted map would. */
  static final class AlphabeticalCriteriaPort implements Qualifier {
    @Override
    public QualificationResult qualify(Lead lead, LocalDate asOf) {
      QualificationResult r = RULE.qualify(lead, asOf);
      List<CriterionFinding> sorted = new ArrayList<>(r.findings());
      sorted.sort(Comparator.comparing(CriterionFinding::criterionCode));
      return QualificationResult.builder().from(r).findings(sorted).build();
    }
  }

  // ---- the contract test classes ----------------------------------------------------------------

  static final class ContactNameDependentCase implements QualifierContract<Qualifier> {
    @Override
    public Qualifier qualifier() {
      return new ContactNameDependent();
    }
  }

  static final class FirstTriggerOnlyCase implements QualifierContract<Qualifier> {
    @Override
    public Qualifier qualifier() {
      return new FirstTriggerOnly();
    }
  }

  static final class ThrowsOnEmptyListsCase implements QualifierContract<Qualifier> {
    @Override
    public Qualifier qualifier() {
      return new ThrowsOnEmptyLists();
    }
  }

  static final class SharedStateCase implements QualifierContract<Qualifier> {
    @Override
    public Qualifier qualifier() {
      return new SharedState();
    }
  }

  static final class QuotesContactNameCase implements QualifierContract<Qualifier> {
    @Override
    public Qualifier qualifier() {
      return new QuotesContactName();
    }
  }

  /** The budget check with a generator that knows the key it reads. */
  static final class ParsesBudgetCase implements QualifierContract<Qualifier> {
    @Override
    public Qualifier qualifier() {
      return new ParsesBudget();
    }

    @Override
    public LeadGenerator generator() {
      return LeadGenerator.builder().attribute("crm.budget", "25000", "0", null).build();
    }
  }

  /** The budget check with the default generator: it never sees the key, so nothing fails. */
  static final class ParsesBudgetDefaultGeneratorCase implements QualifierContract<Qualifier> {
    @Override
    public Qualifier qualifier() {
      return new ParsesBudget();
    }
  }

  static final class FirstLetterACase implements QualifierContract<Qualifier> {
    @Override
    public Qualifier qualifier() {
      return new FirstLetterA();
    }
  }

  static final class ExclusiveHorizonPortCase implements FourQuestionRuleContract<Qualifier> {
    @Override
    public Qualifier qualifier() {
      return new ExclusiveHorizonPort();
    }
  }

  static final class TrustsAssumptionsPortCase implements FourQuestionRuleContract<Qualifier> {
    @Override
    public Qualifier qualifier() {
      return new TrustsAssumptionsPort();
    }
  }

  static final class LenientSituationPortCase implements FourQuestionRuleContract<Qualifier> {
    @Override
    public Qualifier qualifier() {
      return new LenientSituationPort();
    }
  }

  static final class AlphabeticalCriteriaPortCase implements FourQuestionRuleContract<Qualifier> {
    @Override
    public Qualifier qualifier() {
      return new AlphabeticalCriteriaPort();
    }
  }

  static final class JavaIsBlankPortCase implements FourQuestionRuleContract<Qualifier> {
    @Override
    public Qualifier qualifier() {
      return new JavaIsBlankPort();
    }
  }

  /** The default rule through FirstTriggerOnly's order bug, checked as a port. */
  static final class FirstTriggerOnlyPortCase implements FourQuestionRuleContract<Qualifier> {
    @Override
    public Qualifier qualifier() {
      return new FirstTriggerOnly();
    }
  }
}
