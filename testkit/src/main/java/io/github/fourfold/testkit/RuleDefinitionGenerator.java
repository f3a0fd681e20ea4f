package io.github.fourfold.testkit;

import io.github.fourfold.Verdict;
import io.github.fourfold.model.Money;
import io.github.fourfold.rules.Comparison;
import io.github.fourfold.rules.Condition;
import io.github.fourfold.rules.Direction;
import io.github.fourfold.rules.RuleCheck;
import io.github.fourfold.rules.RuleCriterion;
import io.github.fourfold.rules.RuleDefinition;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A seeded generator of random valid rule definitions, for checking what loads, writes or runs
 * them: every definition it makes is valid, uses every operator, nests conditions and iterates
 * lists, and the same seed gives the same definitions.
 *
 * <pre>{@code
 * RuleDefinition definition = RuleDefinitionGenerator.ofDefaults().definition(seed, index);
 * }</pre>
 */
public final class RuleDefinitionGenerator {
  private static final int MAX_DEPTH = 4;
  private static final Comparison[] COMPARISONS = Comparison.values();
  private static final String[] TEXTS = {"/company/industry", "/company/country", "/source", "/attributes/crm.tier",
    "/attributes/a~1b~0c"};
  private static final String[] PROSE = {"/context", "/company/name", "/situation/summary",
    "/decisionProcess/process", "/decisionProcess/timeline"};
  private static final String[] INTEGERS = {"/company/employees", "/situation/teamSize", "/situation/inPlaceSince"};
  private static final String[] DATES = {"/decisionProcess/decisionBy"};
  private static final String[] LISTS = {"/problems", "/triggers", "/situation/installedBase",
    "/decisionProcess/stakeholders"};
  private static final String[] WORDS = {"manufacturing", "Packaging", "NL", "webinar", "gold", "Ünïcödé", "a/b~c"};

  private RuleDefinitionGenerator() {}

  /** {@return the generator} */
  public static RuleDefinitionGenerator ofDefaults() {
    return new RuleDefinitionGenerator();
  }

  /**
   * The definition for a seed and an index: the same pair always gives the same definition.
   *
   * @param seed the seed
   * @param index the index in the stream of that seed
   * @return a valid definition
   */
  public RuleDefinition definition(long seed, int index) {
    return next(new SplittableRandom(seed * 1_000_003L + index));
  }

  /**
   * A random valid definition.
   *
   * @param random the random source
   * @return the definition
   */
  public RuleDefinition next(RandomGenerator random) {
    RuleDefinition.Builder definition = RuleDefinition.builder().id("generated-" + random.nextInt(1000) + "/" + random.nextInt(10));
    int criteria = 1 + random.nextInt(3);
    int reason = 0;
    for (int c = 0; c < criteria; c++) {
      List<RuleCheck> checks = new ArrayList<>();
      int count = 1 + random.nextInt(4);
      for (int i = 0; i < count; i++) {
        RuleCheck.Builder check = RuleCheck.builder()
            .condition(condition(random, MAX_DEPTH))
            .verdict(random.nextBoolean() ? Verdict.NOT_YET : Verdict.DISQUALIFIED)
            .reason("R" + c + "_" + reason++)
            .putMessage("en", "Check " + i + " does not hold.");
        if (random.nextBoolean()) {
          check.putMessage("nl", "Controle " + i + " klopt niet.");
        }
        if (random.nextBoolean()) {
          check.putQuestions("en", List.of("What about check " + i + "?"));
        }
        if (random.nextInt(4) == 0) {
          check.unknownReason("U" + c + "_" + i).putUnknownMessage("en", "Check " + i + " is unknown.");
        }
        checks.add(check.build());
      }
      definition.addCriteria(RuleCriterion.of("CRITERION_" + c, checks));
    }
    return definition.build();
  }

  private static String pick(String[] values, RandomGenerator random) {
    return values[random.nextInt(values.length)];
  }

  private static Comparison comparison(RandomGenerator random) {
    return COMPARISONS[random.nextInt(COMPARISONS.length)];
  }

  private static Condition condition(RandomGenerator random, int depth) {
    int kinds = depth <= 1 ? 10 : 15;
    switch (random.nextInt(kinds)) {
      case 0:
        return Condition.present(random.nextBoolean() ? pick(PROSE, random) : pick(TEXTS, random));
      case 1:
        return Condition.blank(random.nextBoolean() ? "/problems/*/statement" : pick(INTEGERS, random));
      case 2:
        return random.nextBoolean()
            ? Condition.equalTo(pick(TEXTS, random), pick(WORDS, random), random.nextBoolean())
            : Condition.equalTo(random.nextBoolean() ? "/demoRequested" : "/problems/*/addressable", random.nextBoolean());
      case 3:
        return random.nextBoolean()
            ? Condition.oneOf(pick(TEXTS, random), List.of(pick(WORDS, random), pick(WORDS, random)), random.nextBoolean())
            : Condition.oneOf("/triggers/*/kind", List.of("DEADLINE", "EVENT"), false);
      case 4:
        return random.nextBoolean()
            ? Condition.compare(pick(INTEGERS, random), comparison(random), random.nextInt(100))
            : Condition.compare("/situation/installedBase/*/ageYears", comparison(random), new BigDecimal("2.5"));
      case 5:
        return Condition.compareMoney(random.nextBoolean() ? "/problems/*/cost" : "/decisionProcess/stakeholders/*/approvesAbove",
            comparison(random), Money.of(random.nextInt(100_000), random.nextBoolean() ? "EUR" : "USD"));
      case 6:
        return Condition.compareDate(random.nextBoolean() ? pick(DATES, random) : "/triggers/*/date",
            comparison(random), Period.of(0, random.nextInt(25) - 12, random.nextInt(3)));
      case 7:
        return Condition.within(random.nextBoolean() ? pick(DATES, random) : "/triggers/*/date",
            Period.ofMonths(random.nextInt(13)), random.nextBoolean() ? Direction.BEFORE : Direction.AFTER);
      case 8:
        return Condition.count(pick(LISTS, random), comparison(random), random.nextInt(4));
      case 9:
        return Condition.equalTo("/decisionProcess/stakeholders/*/roles/*", "APPROVES", false);
      case 10:
        return Condition.not(condition(random, depth - 1));
      case 11:
      case 12:
        List<Condition> operands = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
          operands.add(condition(random, depth - 1));
        }
        return random.nextBoolean() ? Condition.and(operands) : Condition.or(operands);
      default:
        Condition element = random.nextBoolean()
            ? Condition.and(Condition.present("/triggers/*/date"), Condition.oneOf("/triggers/*/cause", List.of("AUDIT", "BREAKDOWN"), false))
            : Condition.within("/triggers/*/date", Period.ofMonths(6), Direction.AFTER);
        return random.nextBoolean() ? Condition.any("/triggers", element) : Condition.all("/triggers", element);
    }
  }
}
