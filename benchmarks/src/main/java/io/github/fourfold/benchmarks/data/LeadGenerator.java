package io.github.fourfold.benchmarks.data;

import io.github.fourfold.model.Basis;
import io.github.fourfold.model.Company;
import io.github.fourfold.model.Contact;
import io.github.fourfold.model.Cost;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Frequency;
import io.github.fourfold.model.InstalledBaseItem;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Money;
import io.github.fourfold.model.Per;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.ProblemCategory;
import io.github.fourfold.model.Role;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.StakeholderGroup;
import io.github.fourfold.model.TimeLost;
import io.github.fourfold.model.TriggerCause;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import io.github.fourfold.model.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Makes realistic leads from a seed: the same seed always gives the same leads, on every machine
 * and JDK ({@link SplittableRandom} is specified exactly).
 *
 * <p>Each criterion is first drawn as met or unmet (met with probability 0.68 to 0.84, so
 * that about 30 % of leads are SQL), then a part is made that is met, or unmet for one of the
 * spec's reasons, in a realistic mix: unknown parts are the most common, then vague or unquantified
 * ones, assumptions and dates out of range. Parts that do not decide the criterion (assumed
 * extras, unaddressable side problems, first-contact stakeholders, demo requests) are mixed in so
 * that warnings fire too. The generator does not compute the verdict; the rule does.
 */
public final class LeadGenerator {
  private static final String[] INDUSTRIES = {
    "food processing", "logistics", "automotive parts", "pharmaceuticals", "packaging", "retail", "metalworking",
  };
  private static final String[] COUNTRIES = {"NL", "BE", "DE", "FR", "GB", "US", "PL", "SE"};
  private static final String[] CURRENCIES = {"EUR", "EUR", "EUR", "USD", "GBP"};
  private static final String[] TITLES = {
    "Plant manager", "Operations director", "Procurement lead", "CFO", "Maintenance engineer", "Quality manager",
  };
  private static final String[] EQUIPMENT = {
    "conveyor belt", "packaging line", "palletiser", "label printer", "cooling cell", "ERP system", "forklift",
  };
  private static final String[] SUPPLIERS = {"Acme", "Beltco", "Nordline", "Pakwerk"};
  private static final String[] SUMMARIES = {
    "Six conveyor belts from a competitor, on average twelve years old, run two shifts a day.",
    "Orders are picked by hand from paper lists; the warehouse runs at full capacity in Q4.",
    "Two packaging lines, one of them manual, feed a single palletiser.",
    "Quality checks are done by sampling at the end of the line, by two inspectors per shift.",
  };
  private static final String[] PROBLEMS = {
    "Two belts stopped three times this year.",
    "Rejected batches because labels are misprinted.",
    "Picking errors lead to returns and credit notes.",
    "The line cannot keep up with the seasonal peak.",
    "Spare parts for the old palletiser are hard to get.",
  };
  private static final String[] CONSEQUENCES = {
    "If the belts do not meet the hygiene requirements, they lose a large retail customer.",
    "Without the new line they cannot take the order.",
    "The insurer will raise the premium.",
  };
  private static final String[] BLANKS = {"", "   ", "\t\n", "\u00A0", "\u200B", "\uFEFF "};
  private static final Per[] PERIODS = {Per.DAY, Per.WEEK, Per.MONTH, Per.QUARTER, Per.YEAR};

  private final SplittableRandom random;
  private final LocalDate asOf;
  private int next;

  /**
   * A generator.
   *
   * @param seed the seed
   * @param asOf the reference date the leads' trigger dates are spread around
   */
  public LeadGenerator(long seed, LocalDate asOf) {
    this.random = new SplittableRandom(seed);
    this.asOf = asOf;
  }

  /**
   * The next {@code count} leads.
   *
   * @param count how many
   * @return the leads, with ids {@code lead-000000} upwards
   */
  public List<Lead> leads(int count) {
    List<Lead> leads = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      leads.add(lead());
    }
    return leads;
  }

  /**
   * The next lead.
   *
   * @return a valid lead
   */
  public Lead lead() {
    Lead.Builder lead = Lead.builder().id(String.format("lead-%06d", next++));
    if (chance(0.9)) {
      lead.company(Company.builder()
          .name("Company " + random.nextInt(100_000))
          .industry(pick(INDUSTRIES))
          .employees(10 + random.nextInt(5_000))
          .country(pick(COUNTRIES))
          .build());
    }
    if (chance(0.85)) {
      int n = random.nextInt(10_000);
      lead.contact(Contact.builder()
          .name("Contact " + n)
          .title(pick(TITLES))
          .email("contact" + n + "@example.com")
          .phone(chance(0.5) ? "+31 20 555 " + (1000 + random.nextInt(9000)) : null)
          .build());
    }
    lead.context(chance(0.7) ? "Downloaded the white paper and asked for a call." : null)
        .source(chance(0.6) ? pick(new String[] {"webinar", "website", "trade fair", "referral"}) : null)
        .demoRequested(chance(0.2))
        .situation(situation(chance(0.84)))
        .problems(problems(chance(0.76)))
        .triggers(triggers(chance(0.68)))
        .decisionProcess(decision(chance(0.70)));
    if (chance(0.3)) {
      lead.putAttributes("crmScore", Integer.toString(random.nextInt(100)));
    }
    return lead.build();
  }

  // ---- SITUATION ----------------------------------------------------------------------------

  private @Nullable Situation situation(boolean met) {
    if (met) {
      Situation.Builder s = Situation.builder();
      boolean summary = chance(0.8);
      if (summary) {
        s.summary(pick(SUMMARIES));
      }
      if (!summary || chance(0.5)) {
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
          s.addInstalledBase(InstalledBaseItem.builder()
              .name(pick(EQUIPMENT))
              .supplier(chance(0.8) ? pick(SUPPLIERS) : null)
              .quantity(chance(0.7) ? 1 + random.nextInt(12) : null)
              .ageYears(chance(0.6) ? BigDecimal.valueOf(random.nextInt(250), 1) : null)
              .build());
        }
      }
      return s.teamSize(chance(0.5) ? random.nextInt(200) : null)
          .inPlaceSince(chance(0.3) ? 1990 + random.nextInt(36) : null)
          .build();
    }
    double r = random.nextDouble();
    if (r < 0.5) {
      return null;
    }
    // Known to exist, but no facts: a blank summary (some with no-break or zero-width spaces).
    return Situation.builder()
        .summary(r < 0.8 ? pick(BLANKS) : null)
        .teamSize(chance(0.5) ? random.nextInt(200) : null)
        .build();
  }

  // ---- PROBLEM ------------------------------------------------------------------------------

  private List<Problem> problems(boolean met) {
    List<Problem> problems = new ArrayList<>();
    if (met) {
      problems.add(countingProblem());
      for (int i = random.nextInt(3); i > 0; i--) {
        problems.add(sideProblem());
      }
      shuffle(problems);
      return problems;
    }
    double r = random.nextDouble();
    if (r < 0.35) {
      return problems; // PROBLEM_UNKNOWN
    }
    if (r < 0.45) { // PROBLEM_NOT_ADDRESSABLE: a misfit, disqualified
      for (int i = 1 + random.nextInt(2); i > 0; i--) {
        problems.add(problem(Basis.STATED, false, chance(0.6)));
      }
      return problems;
    }
    if (r < 0.82) { // PROBLEM_NOT_QUANTIFIED, sometimes next to an assumed or unaddressable one
      problems.add(problem(Basis.STATED, chance(0.5) ? null : Boolean.TRUE, false));
      if (chance(0.3)) {
        problems.add(chance(0.5) ? problem(Basis.ASSUMED, null, true) : problem(Basis.STATED, false, true));
      }
      shuffle(problems);
      return problems;
    }
    // PROBLEM_ASSUMED
    for (int i = 1 + random.nextInt(2); i > 0; i--) {
      problems.add(problem(Basis.ASSUMED, chance(0.5) ? null : Boolean.TRUE, chance(0.7)));
    }
    return problems;
  }

  private Problem countingProblem() {
    return problem(Basis.STATED, chance(0.6) ? Boolean.TRUE : null, true);
  }

  /** A problem that does not count: assumed, unaddressable or unquantified. */
  private Problem sideProblem() {
    double r = random.nextDouble();
    if (r < 0.4) {
      return problem(Basis.ASSUMED, null, chance(0.5));
    }
    if (r < 0.6) {
      return problem(Basis.STATED, false, chance(0.5));
    }
    return problem(Basis.STATED, null, false);
  }

  private Problem problem(Basis basis, @Nullable Boolean addressable, boolean quantified) {
    Problem.Builder p = Problem.builder()
        .statement(pick(PROBLEMS))
        .visibility(chance(0.7) ? Visibility.VISIBLE : chance(0.5) ? Visibility.HIDDEN : null)
        .category(chance(0.8) ? pick(ProblemCategory.values()) : null)
        .addressable(addressable)
        .basis(basis);
    if (quantified) {
      double r = random.nextDouble();
      if (r < 0.5) {
        p.cost(Cost.of(BigDecimal.valueOf(500 + random.nextInt(50_000)), pick(CURRENCIES),
            chance(0.6) ? Per.OCCURRENCE : pick(PERIODS)));
        if (chance(0.6)) {
          p.frequency(Frequency.of(1 + random.nextInt(12), pick(PERIODS)));
        }
      } else if (r < 0.8) {
        p.frequency(Frequency.of(1 + random.nextInt(30), pick(PERIODS)));
      } else {
        p.timeLost(TimeLost.of(BigDecimal.valueOf(5 + random.nextInt(400), 1), pick(Per.values())));
      }
    } else if (chance(0.4)) {
      // Numbers that are there but zero: still not quantified.
      double r = random.nextDouble();
      if (r < 0.5) {
        p.cost(Cost.of(BigDecimal.ZERO, pick(CURRENCIES), Per.OCCURRENCE));
      } else if (r < 0.8) {
        p.frequency(Frequency.of(0, pick(PERIODS)));
      } else {
        p.timeLost(TimeLost.of(BigDecimal.ZERO, Per.WEEK));
      }
    }
    return p.build();
  }

  // ---- URGENCY ------------------------------------------------------------------------------

  private List<UrgencyTrigger> triggers(boolean met) {
    List<UrgencyTrigger> triggers = new ArrayList<>();
    if (met) {
      triggers.add(countingTrigger());
      for (int i = random.nextInt(3); i > 0; i--) {
        triggers.add(chance(0.5) ? countingTrigger() : failingTrigger(random.nextInt(5)));
      }
      shuffle(triggers);
      return triggers;
    }
    double r = random.nextDouble();
    if (r < 0.4) {
      return triggers; // URGENCY_UNKNOWN
    }
    int kind = r < 0.55 ? 0 : r < 0.65 ? 1 : r < 0.75 ? 2 : r < 0.9 ? 3 : 4;
    triggers.add(failingTrigger(kind));
    for (int i = random.nextInt(2); i > 0; i--) {
      triggers.add(failingTrigger(random.nextInt(5)));
    }
    shuffle(triggers);
    return triggers;
  }

  /** A stated trigger that counts: a deadline within the horizon, a recent event, an opportunity. */
  private UrgencyTrigger countingTrigger() {
    double r = random.nextDouble();
    if (r < 0.5) {
      return trigger(TriggerKind.DEADLINE, TriggerCause.AUDIT, asOf.plusDays(random.nextInt(366)),
          chance(0.7) ? pick(CONSEQUENCES) : null, Basis.STATED);
    }
    if (r < 0.8) {
      return trigger(TriggerKind.EVENT, TriggerCause.BREAKDOWN,
          chance(0.8) ? asOf.minusDays(random.nextInt(365)) : null, pick(CONSEQUENCES), Basis.STATED);
    }
    return trigger(TriggerKind.OPPORTUNITY, TriggerCause.NEW_ORDER,
        chance(0.6) ? asOf.plusDays(random.nextInt(300) - 100) : null, pick(CONSEQUENCES), Basis.STATED);
  }

  /**
   * A trigger that fails: 0 beyond the horizon, 1 expired, 2 stale, 3 unsupported, 4 assumed.
   */
  private UrgencyTrigger failingTrigger(int kind) {
    @Nullable String consequence = chance(0.5) ? pick(CONSEQUENCES) : null;
    return switch (kind) {
      case 0 -> trigger(chance(0.7) ? TriggerKind.DEADLINE : TriggerKind.OPPORTUNITY, TriggerCause.CONTRACT_END,
          asOf.plusDays(367 + random.nextInt(700)), consequence, Basis.STATED);
      case 1 -> trigger(TriggerKind.DEADLINE, TriggerCause.LEGISLATION, asOf.minusDays(1 + random.nextInt(200)),
          consequence, Basis.STATED);
      case 2 -> trigger(chance(0.6) ? TriggerKind.EVENT : TriggerKind.OPPORTUNITY, TriggerCause.CUSTOMER_LOST,
          asOf.minusDays(367 + random.nextInt(900)), consequence, Basis.STATED);
      case 3 -> unsupportedTrigger(consequence);
      default -> trigger(pick(TriggerKind.values()), TriggerCause.OTHER, asOf.plusDays(random.nextInt(200)),
          consequence, Basis.ASSUMED);
    };
  }

  private UrgencyTrigger unsupportedTrigger(@Nullable String consequence) {
    double r = random.nextDouble();
    if (r < 0.5) { // "this has priority": no date, no consequence
      return trigger(pick(TriggerKind.values()), null, null, chance(0.5) ? pick(BLANKS) : null, Basis.STATED);
    }
    if (r < 0.75) { // a deadline without a date
      return trigger(TriggerKind.DEADLINE, TriggerCause.AUDIT, null, pick(CONSEQUENCES), Basis.STATED);
    }
    // a future "event" is a deadline in disguise
    return trigger(TriggerKind.EVENT, TriggerCause.ACQUISITION, asOf.plusDays(1 + random.nextInt(300)),
        consequence, Basis.STATED);
  }

  private UrgencyTrigger trigger(TriggerKind kind, @Nullable TriggerCause cause, @Nullable LocalDate date,
      @Nullable String consequence, Basis basis) {
    return UrgencyTrigger.builder()
        .kind(kind)
        .cause(cause)
        .description(kind == TriggerKind.DEADLINE ? "Audit in September" : "A large new order")
        .date(date)
        .consequence(consequence)
        .basis(basis)
        .build();
  }

  // ---- DECISION -----------------------------------------------------------------------------

  private @Nullable DecisionProcess decision(boolean met) {
    if (met) {
      DecisionProcess.Builder d = DecisionProcess.builder();
      boolean threshold = chance(0.4);
      d.addStakeholders(stakeholder(Basis.STATED, threshold ? Role.SELECTS : Role.APPROVES, threshold, false));
      for (int i = random.nextInt(3); i > 0; i--) {
        d.addStakeholders(extraStakeholder());
      }
      if (!threshold || chance(0.5)) {
        howKnown(d);
      }
      List<Stakeholder> all = new ArrayList<>(d.build().stakeholders());
      shuffle(all);
      return d.stakeholders(all).build();
    }
    double r = random.nextDouble();
    if (r < 0.45) { // DECISION_UNKNOWN
      return r < 0.3 ? null : DecisionProcess.builder().process(pick(BLANKS)).build();
    }
    DecisionProcess.Builder d = DecisionProcess.builder();
    if (r < 0.8) { // DECISION_MAKER_UNKNOWN: nobody stated who approves
      for (int i = 1 + random.nextInt(2); i > 0; i--) {
        d.addStakeholders(extraStakeholder());
      }
      if (chance(0.3)) {
        d.addStakeholders(stakeholder(Basis.ASSUMED, Role.APPROVES, chance(0.5), false));
      }
      if (chance(0.6)) {
        howKnown(d);
      }
      return d.build();
    }
    // DECISION_PROCESS_UNKNOWN: an approver without a threshold, and no process, timeline or date
    d.addStakeholders(stakeholder(Basis.STATED, Role.APPROVES, false, chance(0.3)));
    if (chance(0.5)) {
      d.addStakeholders(extraStakeholder());
    }
    return d.process(chance(0.3) ? pick(BLANKS) : null).build();
  }

  private void howKnown(DecisionProcess.Builder d) {
    double r = random.nextDouble();
    if (r < 0.4) {
      d.process("Investments above 50k go to the board");
    } else if (r < 0.7) {
      d.timeline("About three months");
    } else {
      d.decisionBy(asOf.plusDays(random.nextInt(200) - 50));
    }
  }

  /** A stakeholder who cannot decide: a selector, negotiator or user, sometimes the first contact. */
  private Stakeholder extraStakeholder() {
    Role role = pick(new Role[] {Role.SELECTS, Role.NEGOTIATES, Role.USES, Role.INFLUENCES});
    return stakeholder(chance(0.85) ? Basis.STATED : Basis.ASSUMED, role, false, chance(0.3));
  }

  private Stakeholder stakeholder(Basis basis, Role role, boolean threshold, boolean firstContact) {
    Stakeholder.Builder s = Stakeholder.builder()
        .name("Person " + random.nextInt(10_000))
        .title(pick(TITLES))
        .group(pick(StakeholderGroup.values()))
        .addRoles(role)
        .firstContact(firstContact)
        .basis(basis);
    if (chance(0.3)) {
      s.addRoles(Role.INFLUENCES);
    }
    if (threshold) {
      s.approvesAbove(Money.of(BigDecimal.valueOf(10_000L * (1 + random.nextInt(20))), pick(CURRENCIES)));
    }
    return s.build();
  }

  // ---- helpers ------------------------------------------------------------------------------

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> void shuffle(List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
