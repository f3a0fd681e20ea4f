package io.github.fourfold.benchmarks.easyrules;

import io.github.fourfold.Criterion;
import io.github.fourfold.benchmarks.floor.HandWrittenRule;
import io.github.fourfold.benchmarks.floor.PlainLead;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The four criteria as Easy Rules 4.1 lambda rules, the way its documentation teaches: rules built
 * once with {@link RuleBuilder}, one {@link DefaultRulesEngine}, and for every lead a fresh
 * {@link Facts} holding the lead, the date and a list that the rules' actions add failures to.
 *
 * <p>The conditions call the same predicates as the hand-written floor, so the difference between
 * the two is what the engine costs.
 */
public final class LambdaRules {
  static final String LEAD = "lead";
  static final String AS_OF = "asOf";
  static final String FAILURES = "failures";
  static final String DISQUALIFIED = "disqualified";

  private final Rules rules;
  private final RulesEngine engine = new DefaultRulesEngine();

  /** Builds the rules and the engine. */
  public LambdaRules() {
    rules = new Rules(
        new RuleBuilder()
            .name("situation")
            .description("the current situation is known")
            .priority(1)
            .when(facts -> !HandWrittenRule.situationMet(lead(facts).situation()))
            .then(facts -> failures(facts).add(Criterion.SITUATION))
            .build(),
        new RuleBuilder()
            .name("problem")
            .description("a stated, addressable, quantified problem")
            .priority(2)
            .when(facts -> HandWrittenRule.problem(lead(facts).problems()) != HandWrittenRule.PROBLEM_MET)
            .then(facts -> failures(facts).add(Criterion.PROBLEM))
            .build(),
        new RuleBuilder()
            .name("misfit")
            .description("every stated problem is one we cannot solve")
            .priority(3)
            .when(facts -> HandWrittenRule.problem(lead(facts).problems()) == HandWrittenRule.PROBLEM_MISFIT)
            .then(facts -> facts.put(DISQUALIFIED, Boolean.TRUE))
            .build(),
        new RuleBuilder()
            .name("urgency")
            .description("a reason to act now")
            .priority(4)
            .when(facts -> {
              LocalDate asOf = facts.get(AS_OF);
              return !HandWrittenRule.urgencyMet(lead(facts).triggers(), asOf,
                  asOf.minus(HandWrittenRule.HORIZON), asOf.plus(HandWrittenRule.HORIZON));
            })
            .then(facts -> failures(facts).add(Criterion.URGENCY))
            .build(),
        new RuleBuilder()
            .name("decision")
            .description("who decides, and how")
            .priority(5)
            .when(facts -> !HandWrittenRule.decisionMet(lead(facts).decision()))
            .then(facts -> failures(facts).add(Criterion.DECISION))
            .build());
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
    facts.put(LEAD, lead);
    facts.put(AS_OF, asOf);
    List<Criterion> failures = new ArrayList<>(4);
    facts.put(FAILURES, failures);
    engine.fire(rules, facts);
    return pack(failures, facts);
  }

  static int pack(List<Criterion> failures, Facts facts) {
    int result = 0;
    for (Criterion c : failures) {
      result |= HandWrittenRule.bit(c);
    }
    Boolean disqualified = facts.get(DISQUALIFIED);
    return disqualified != null && disqualified ? result | HandWrittenRule.DISQUALIFIED : result;
  }

  private static PlainLead lead(Facts facts) {
    return facts.get(LEAD);
  }

  private static List<Criterion> failures(Facts facts) {
    return facts.get(FAILURES);
  }
}
