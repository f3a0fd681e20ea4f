package io.github.fourfold.benchmarks.easyrules;

import io.github.fourfold.Criterion;
import io.github.fourfold.benchmarks.floor.HandWrittenRule;
import io.github.fourfold.benchmarks.floor.PlainLead;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;

/**
 * The four criteria as Easy Rules 4.1 annotated rule classes ({@code @Rule}, {@code @Condition},
 * {@code @Action}, {@code @Fact}), registered once; Easy Rules turns each into a proxy that calls
 * the annotated methods by reflection. Same predicates, facts and failures as {@link LambdaRules}.
 */
public final class AnnotatedRules {
  private final Rules rules = new Rules();
  private final RulesEngine engine = new DefaultRulesEngine();

  /** Registers the rules and builds the engine. */
  public AnnotatedRules() {
    rules.register(new SituationRule(), new ProblemRule(), new MisfitRule(), new UrgencyRule(), new DecisionRule());
  }

  /**
   * Judges a lead.
   *
   * @param lead the lead
   * @param asOf the reference date
   * @return the result packed as {@link HandWrittenRule#qualify} packs it
   */
  public int qualify(PlainLead lead, LocalDate asOf) {
    Facts facts = new Facts();
    facts.put(LambdaRules.LEAD, lead);
    facts.put(LambdaRules.AS_OF, asOf);
    List<Criterion> failures = new ArrayList<>(4);
    facts.put(LambdaRules.FAILURES, failures);
    engine.fire(rules, facts);
    return LambdaRules.pack(failures, facts);
  }

  /** The situation is known. */
  @Rule(name = "situation", description = "the current situation is known", priority = 1)
  public static final class SituationRule {
    /** Whether the criterion is unmet. */
    @Condition
    public boolean unmet(@Fact(LambdaRules.LEAD) PlainLead lead) {
      return !HandWrittenRule.situationMet(lead.situation());
    }

    /** Records the failure. */
    @Action
    public void fail(@Fact(LambdaRules.FAILURES) List<Criterion> failures) {
      failures.add(Criterion.SITUATION);
    }
  }

  /** A stated, addressable, quantified problem. */
  @Rule(name = "problem", description = "a stated, addressable, quantified problem", priority = 2)
  public static final class ProblemRule {
    /** Whether the criterion is unmet. */
    @Condition
    public boolean unmet(@Fact(LambdaRules.LEAD) PlainLead lead) {
      return HandWrittenRule.problem(lead.problems()) != HandWrittenRule.PROBLEM_MET;
    }

    /** Records the failure. */
    @Action
    public void fail(@Fact(LambdaRules.FAILURES) List<Criterion> failures) {
      failures.add(Criterion.PROBLEM);
    }
  }

  /** Every stated problem is one we cannot solve. */
  @Rule(name = "misfit", description = "every stated problem is one we cannot solve", priority = 3)
  public static final class MisfitRule {
    /** Whether every problem is stated and unaddressable. */
    @Condition
    public boolean misfit(@Fact(LambdaRules.LEAD) PlainLead lead) {
      return HandWrittenRule.problem(lead.problems()) == HandWrittenRule.PROBLEM_MISFIT;
    }

    /** Disqualifies the lead. */
    @Action
    public void disqualify(Facts facts) {
      facts.put(LambdaRules.DISQUALIFIED, Boolean.TRUE);
    }
  }

  /** A reason to act now. */
  @Rule(name = "urgency", description = "a reason to act now", priority = 4)
  public static final class UrgencyRule {
    /** Whether the criterion is unmet. */
    @Condition
    public boolean unmet(@Fact(LambdaRules.LEAD) PlainLead lead, @Fact(LambdaRules.AS_OF) LocalDate asOf) {
      return !HandWrittenRule.urgencyMet(lead.triggers(), asOf,
          asOf.minus(HandWrittenRule.HORIZON), asOf.plus(HandWrittenRule.HORIZON));
    }

    /** Records the failure. */
    @Action
    public void fail(@Fact(LambdaRules.FAILURES) List<Criterion> failures) {
      failures.add(Criterion.URGENCY);
    }
  }

  /** Who decides, and how. */
  @Rule(name = "decision", description = "who decides, and how", priority = 5)
  public static final class DecisionRule {
    /** Whether the criterion is unmet. */
    @Condition
    public boolean unmet(@Fact(LambdaRules.LEAD) PlainLead lead) {
      return !HandWrittenRule.decisionMet(lead.decision());
    }

    /** Records the failure. */
    @Action
    public void fail(@Fact(LambdaRules.FAILURES) List<Criterion> failures) {
      failures.add(Criterion.DECISION);
    }
  }
}
