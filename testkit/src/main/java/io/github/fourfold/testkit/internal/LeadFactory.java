package io.github.fourfold.testkit.internal;

import io.github.fourfold.ReasonCode;
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
import io.github.fourfold.testkit.internal.Boundaries.Zone;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds valid leads and lead parts that meet, or fail with a chosen reason, each criterion of
 * the spec, for one reference date and horizon. Every part is built from a small "shape" (the
 * facts the rule looks at) plus random detail (the facts it must ignore); the shapes of urgency
 * triggers are classified once, with {@link SpecOracle}, so the factory never guesses.
 */
public final class LeadFactory {
  /** The facts of a trigger the rule looks at; a null zone means no date. */
  public record TriggerShape(TriggerKind kind, Basis basis, @Nullable Zone zone, boolean consequence) {}

  /** How a problem stands towards the PROBLEM criterion. */
  public enum ProblemKind {
    /** Stated, addressable not false, quantified: it counts. */
    COUNTING,
    /** Stated and not addressable. */
    STATED_UNADDRESSABLE,
    /** Stated, addressable not false, not quantified. */
    STATED_UNQUANTIFIED,
    /** Assumed by the rep (anything else random). */
    ASSUMED
  }

  private static final List<String> CURRENCIES = List.of("EUR", "USD", "JPY", "BHD", "GBP", "CHF");
  private static final List<String> COUNTRIES =
      List.of("NL", "BE", "DE", "US", "JP", "BR", "ZA", "IN", "XK", "AQ", "FO");
  private static final List<Per> PERIODS =
      List.of(Per.DAY, Per.WEEK, Per.MONTH, Per.QUARTER, Per.YEAR);
  private static final List<Role> OTHER_ROLES =
      List.of(Role.SELECTS, Role.NEGOTIATES, Role.USES, Role.INFLUENCES);

  private final SpecOracle oracle;
  private final Boundaries bounds;
  private final List<TriggerShape> allTriggers = new ArrayList<>();
  private final List<TriggerShape> countingTriggers = new ArrayList<>();
  private final Map<ReasonCode, List<TriggerShape>> failingTriggers = new EnumMap<>(ReasonCode.class);

  /**
   * A factory for one reference date and horizon.
   *
   * @param asOf the reference date, in the years 0001 to 9999
   * @param horizon the horizon, not negative
   */
  public LeadFactory(LocalDate asOf, Period horizon) {
    this.oracle = new SpecOracle(horizon);
    this.bounds = new Boundaries(oracle, asOf);
    List<@Nullable Zone> zones = new ArrayList<>();
    zones.add(null);
    Collections.addAll(zones, Zone.values());
    for (TriggerKind kind : TriggerKind.values()) {
      for (Basis basis : Basis.values()) {
        for (Zone zone : zones) {
          if (zone != null && !bounds.possible(zone)) {
            continue;
          }
          for (boolean consequence : new boolean[] {false, true}) {
            TriggerShape shape = new TriggerShape(kind, basis, zone, consequence);
            UrgencyTrigger representative = trigger(shape, new Dice(new SplitMix64(0)));
            ReasonCode code = oracle.triggerCode(representative, asOf);
            allTriggers.add(shape);
            if (code == null) {
              countingTriggers.add(shape);
            } else {
              failingTriggers.computeIfAbsent(code, c -> new ArrayList<>()).add(shape);
            }
          }
        }
      }
    }
  }

  /** The reference date. */
  public LocalDate asOf() {
    return bounds.asOf();
  }

  /** The horizon. */
  public Period horizon() {
    return oracle.horizon();
  }

  /** The oracle for this factory's horizon. */
  public SpecOracle oracle() {
    return oracle;
  }

  /** The boundaries of this factory's reference date. */
  public Boundaries boundaries() {
    return bounds;
  }

  /**
   * Whether some valid lead fails a criterion with this reason on this factory's date (a stale
   * trigger cannot exist on 0001-01-01, nor one beyond an unbounded horizon).
   */
  public boolean feasible(ReasonCode reason) {
    switch (reason) {
      case URGENCY_BEYOND_HORIZON:
      case URGENCY_EXPIRED:
      case URGENCY_STALE:
      case URGENCY_UNSUPPORTED:
      case URGENCY_ASSUMED:
        return failingTriggers.containsKey(reason);
      default:
        return true;
    }
  }

  // ---- the whole lead ---------------------------------------------------------------------------

  /**
   * A lead whose criteria come out as given (null = met), with random detail everywhere else.
   *
   * @param dice the random source
   * @param situationKnown whether SITUATION is met
   * @param problem the PROBLEM reason, or null for met
   * @param urgency the URGENCY reason, or null for met
   * @param decision the DECISION reason, or null for met
   * @return the lead
   */
  public Lead lead(
      Dice dice,
      boolean situationKnown,
      @Nullable ReasonCode problem,
      @Nullable ReasonCode urgency,
      @Nullable ReasonCode decision) {
    Lead.Builder lead = Lead.builder().id(Wording.id(dice));
    if (dice.percent(60)) {
      lead.company(company(dice));
    }
    if (dice.percent(70)) {
      lead.contact(contact(dice));
    }
    lead.context(Wording.optional(dice))
        .source(Wording.optional(dice))
        .demoRequested(dice.percent(30))
        .situation(situation(dice, situationKnown))
        .problems(problems(dice, problem))
        .triggers(triggers(dice, urgency))
        .decisionProcess(decision(dice, decision));
    if (dice.percent(30)) {
      int n = dice.count(1, 4);
      for (int i = 0; i < n; i++) {
        lead.putAttributes(
            dice.oneOf("icp.segment", "crm.stage", "owner", "ключ", "", " ") + (i > 0 ? i : ""),
            dice.coin() ? Wording.nonBlank(dice) : Wording.blank(dice));
      }
    }
    return lead.build();
  }

  // ---- SITUATION --------------------------------------------------------------------------------

  /**
   * A situation that is known (non-blank summary or an installed base) or not (absent, or with
   * neither).
   */
  public @Nullable Situation situation(Dice dice, boolean known) {
    if (!known && dice.percent(40)) {
      return null;
    }
    Situation.Builder situation = Situation.builder();
    if (known) {
      int variant = dice.below(3);
      boolean summary = variant != 1;
      boolean base = variant != 0;
      situation.summary(summary ? Wording.nonBlank(dice) : blankOrNull(dice));
      int items = base ? dice.count(1, 5) : 0;
      for (int i = 0; i < items; i++) {
        situation.addInstalledBase(installedBaseItem(dice));
      }
    } else {
      situation.summary(blankOrNull(dice));
    }
    if (dice.coin()) {
      situation.teamSize(dice.oneOf(0, 1, 12, Integer.MAX_VALUE));
    }
    if (dice.coin()) {
      situation.inPlaceSince(dice.oneOf(1000, 1999, 2019, 9999));
    }
    return situation.build();
  }

  private InstalledBaseItem installedBaseItem(Dice dice) {
    InstalledBaseItem.Builder item =
        InstalledBaseItem.builder().name(Wording.nonBlank(dice)).supplier(Wording.optional(dice));
    if (dice.coin()) {
      item.quantity(dice.oneOf(1, 6, Integer.MAX_VALUE));
    }
    if (dice.coin()) {
      item.ageYears(dice.oneOf(BigDecimal.ZERO, new BigDecimal("0.5"), BigDecimal.valueOf(12),
          new BigDecimal("1E+3")));
    }
    return item.build();
  }

  // ---- PROBLEM ----------------------------------------------------------------------------------

  /**
   * Problems for which the PROBLEM criterion is met (target null) or fails with the target
   * reason, in a random order.
   */
  public List<Problem> problems(Dice dice, @Nullable ReasonCode target) {
    List<Problem> out = new ArrayList<>();
    if (target == null) {
      out.add(problem(dice, ProblemKind.COUNTING));
      addNoise(out, dice, ProblemKind.values());
    } else {
      switch (target) {
        case PROBLEM_UNKNOWN:
          break;
        case PROBLEM_NOT_ADDRESSABLE:
          out.add(problem(dice, ProblemKind.STATED_UNADDRESSABLE));
          addNoise(out, dice, ProblemKind.STATED_UNADDRESSABLE);
          break;
        case PROBLEM_NOT_QUANTIFIED:
          out.add(problem(dice, ProblemKind.STATED_UNQUANTIFIED));
          addNoise(out, dice, ProblemKind.STATED_UNQUANTIFIED, ProblemKind.STATED_UNADDRESSABLE,
              ProblemKind.ASSUMED);
          break;
        case PROBLEM_ASSUMED:
          out.add(problem(dice, ProblemKind.ASSUMED));
          addNoise(out, dice, ProblemKind.ASSUMED, ProblemKind.STATED_UNADDRESSABLE);
          break;
        default:
          throw new IllegalArgumentException("not a PROBLEM reason: " + target);
      }
    }
    return dice.shuffled(out);
  }

  private void addNoise(List<Problem> out, Dice dice, ProblemKind... kinds) {
    int n = dice.count(0, 5);
    for (int i = 0; i < n; i++) {
      out.add(problem(dice, dice.oneOf(kinds)));
    }
  }

  /** A problem of the given kind, with random statement, category, numbers and currency. */
  public Problem problem(Dice dice, ProblemKind kind) {
    Problem.Builder problem =
        Problem.builder()
            .statement(Wording.nonBlank(dice))
            .visibility(dice.percent(40) ? null : dice.oneOf(Visibility.values()))
            .category(dice.percent(40) ? null : dice.oneOf(ProblemCategory.values()));
    boolean quantified;
    switch (kind) {
      case COUNTING:
        problem.basis(Basis.STATED).addressable(dice.coin() ? Boolean.TRUE : null);
        quantified = true;
        break;
      case STATED_UNADDRESSABLE:
        problem.basis(Basis.STATED).addressable(Boolean.FALSE);
        quantified = dice.coin();
        break;
      case STATED_UNQUANTIFIED:
        problem.basis(Basis.STATED).addressable(dice.coin() ? Boolean.TRUE : null);
        quantified = false;
        break;
      case ASSUMED:
        problem.basis(Basis.ASSUMED).addressable(dice.coin() ? null : Boolean.valueOf(dice.coin()));
        quantified = dice.coin();
        break;
      default:
        throw new AssertionError(kind);
    }
    quantify(problem, dice, quantified);
    return problem.build();
  }

  private void quantify(Problem.Builder problem, Dice dice, boolean quantified) {
    // Bit 1: cost, 2: frequency, 4: time lost. Positive ones make the problem quantified; every
    // other number is absent or exactly zero (in some scale).
    int positive = quantified ? 1 + dice.below(7) : 0;
    if ((positive & 1) != 0) {
      problem.cost(Cost.of(positiveAmount(dice), dice.pick(CURRENCIES), dice.oneOf(Per.values())));
    } else if (dice.coin()) {
      problem.cost(Cost.of(zero(dice), dice.pick(CURRENCIES), dice.oneOf(Per.values())));
    }
    if ((positive & 2) != 0) {
      problem.frequency(Frequency.of(dice.oneOf(1, 3, 40, Integer.MAX_VALUE), dice.pick(PERIODS)));
    } else if (dice.coin()) {
      problem.frequency(Frequency.of(0, dice.pick(PERIODS)));
    }
    if ((positive & 4) != 0) {
      problem.timeLost(TimeLost.of(positiveAmount(dice), dice.oneOf(Per.values())));
    } else if (dice.coin()) {
      problem.timeLost(TimeLost.of(zero(dice), dice.oneOf(Per.values())));
    }
  }

  private static BigDecimal zero(Dice dice) {
    return dice.oneOf(BigDecimal.ZERO, new BigDecimal("0.00"), new BigDecimal("0E+3"),
        new BigDecimal("-0.0"));
  }

  private static BigDecimal positiveAmount(Dice dice) {
    return dice.oneOf(
        new BigDecimal("0.01"),
        new BigDecimal("1E-30"),
        BigDecimal.ONE,
        BigDecimal.valueOf(15_000),
        new BigDecimal("1E+40"),
        new BigDecimal("123456789012345678901234567890.123456789"),
        BigDecimal.valueOf(1 + dice.below(10_000_000)));
  }

  private Money money(Dice dice) {
    BigDecimal amount = dice.percent(20) ? zero(dice) : positiveAmount(dice);
    return Money.of(amount, dice.pick(CURRENCIES));
  }

  // ---- URGENCY ----------------------------------------------------------------------------------

  /**
   * Triggers for which URGENCY is met (target null) or fails with the target reason, in a random
   * order. The target must be {@link #feasible(ReasonCode) feasible}.
   */
  public List<UrgencyTrigger> triggers(Dice dice, @Nullable ReasonCode target) {
    List<UrgencyTrigger> out = new ArrayList<>();
    if (target == null) {
      out.add(trigger(dice.pick(countingTriggers), dice));
      int n = dice.count(0, 5);
      for (int i = 0; i < n; i++) {
        out.add(trigger(dice.pick(allTriggers), dice));
      }
    } else if (target != ReasonCode.URGENCY_UNKNOWN) {
      int rank = SpecOracle.URGENCY_PRECEDENCE.indexOf(target);
      if (rank < 0) {
        throw new IllegalArgumentException("not an URGENCY reason: " + target);
      }
      out.add(trigger(dice.pick(shapes(target)), dice));
      List<TriggerShape> weaker = new ArrayList<>();
      for (ReasonCode code : SpecOracle.URGENCY_PRECEDENCE.subList(rank, 5)) {
        weaker.addAll(failingTriggers.getOrDefault(code, List.of()));
      }
      int n = dice.count(0, 5);
      for (int i = 0; i < n; i++) {
        out.add(trigger(dice.pick(weaker), dice));
      }
    }
    return dice.shuffled(out);
  }

  /** A trigger that fails with the given code, or counts when the code is null. */
  public UrgencyTrigger trigger(Dice dice, @Nullable ReasonCode code) {
    return trigger(dice.pick(code == null ? countingTriggers : shapes(code)), dice);
  }

  /** Any trigger. */
  public UrgencyTrigger anyTrigger(Dice dice) {
    return trigger(dice.pick(allTriggers), dice);
  }

  private List<TriggerShape> shapes(ReasonCode code) {
    List<TriggerShape> shapes = failingTriggers.get(code);
    if (shapes == null) {
      throw new IllegalArgumentException(
          "no trigger fails with " + code + " as of " + asOf() + " with horizon " + horizon());
    }
    return shapes;
  }

  /** A trigger of the given shape with random description, cause and date within its zone. */
  public UrgencyTrigger trigger(TriggerShape shape, Dice dice) {
    Zone zone = shape.zone();
    return UrgencyTrigger.builder()
        .kind(shape.kind())
        .basis(shape.basis())
        .description(Wording.nonBlank(dice))
        .cause(dice.percent(30) ? null : dice.oneOf(TriggerCause.values()))
        .date(zone == null ? null : bounds.pick(zone, dice))
        .consequence(shape.consequence() ? Wording.nonBlank(dice) : blankOrNull(dice))
        .build();
  }

  // ---- DECISION ---------------------------------------------------------------------------------

  /**
   * A decision process for which DECISION is met (target null) or fails with the target reason;
   * absent for some {@code DECISION_UNKNOWN}.
   */
  public @Nullable DecisionProcess decision(Dice dice, @Nullable ReasonCode target) {
    DecisionProcess.Builder process = DecisionProcess.builder();
    List<Stakeholder> people = new ArrayList<>();
    if (target == null) {
      people.add(decider(dice));
      int n = dice.count(0, 4);
      for (int i = 0; i < n; i++) {
        people.add(anyStakeholder(dice));
      }
      process.process(Wording.optional(dice)).timeline(Wording.optional(dice));
      process.decisionBy(dice.percent(30) ? bounds.any(dice) : null);
      process.stakeholders(dice.shuffled(people));
      DecisionProcess built = process.build();
      return SpecOracle.howKnown(built) ? built : withHow(built, dice);
    }
    switch (target) {
      case DECISION_UNKNOWN:
        if (dice.coin()) {
          return null;
        }
        return process.process(blankOrNull(dice)).timeline(blankOrNull(dice)).build();
      case DECISION_MAKER_UNKNOWN:
        {
          int n = dice.count(0, 4);
          for (int i = 0; i < n; i++) {
            people.add(nonDecider(dice));
          }
          String text = Wording.optional(dice);
          String timeline = Wording.optional(dice);
          LocalDate by = dice.percent(30) ? bounds.any(dice) : null;
          boolean exists =
              !people.isEmpty() || !SpecOracle.isBlank(text) || !SpecOracle.isBlank(timeline)
                  || by != null;
          if (!exists) {
            if (dice.coin()) {
              people.add(nonDecider(dice));
            } else {
              text = Wording.nonBlank(dice);
            }
          }
          return process.stakeholders(people).process(text).timeline(timeline).decisionBy(by)
              .build();
        }
      case DECISION_PROCESS_UNKNOWN:
        {
          people.add(stakeholder(dice, Basis.STATED, true, false, dice.coin()));
          int n = dice.count(0, 4);
          for (int i = 0; i < n; i++) {
            Stakeholder s = anyStakeholder(dice);
            if (s.basis() == Basis.STATED && s.approvesAbove() != null) {
              s = stakeholder(dice, Basis.ASSUMED, dice.coin(), true, s.firstContact());
            }
            people.add(s);
          }
          return process
              .stakeholders(dice.shuffled(people))
              .process(blankOrNull(dice))
              .timeline(blankOrNull(dice))
              .build();
        }
      default:
        throw new IllegalArgumentException("not a DECISION reason: " + target);
    }
  }

  private DecisionProcess withHow(DecisionProcess process, Dice dice) {
    DecisionProcess.Builder out = DecisionProcess.builder().from(process);
    switch (dice.below(3)) {
      case 0:
        return out.process(Wording.nonBlank(dice)).build();
      case 1:
        return out.timeline(Wording.nonBlank(dice)).build();
      default:
        return out.decisionBy(bounds.any(dice)).build();
    }
  }

  /** A stakeholder who can decide: stated, and approves or has a signing threshold. */
  public Stakeholder decider(Dice dice) {
    int variant = dice.below(3);
    return stakeholder(dice, Basis.STATED, variant != 1, variant != 0, dice.percent(30));
  }

  private Stakeholder nonDecider(Dice dice) {
    return dice.coin()
        ? stakeholder(dice, Basis.STATED, false, false, dice.percent(30))
        : stakeholder(dice, Basis.ASSUMED, dice.coin(), dice.coin(), dice.percent(30));
  }

  /** Any stakeholder. */
  public Stakeholder anyStakeholder(Dice dice) {
    return stakeholder(dice, dice.percent(70) ? Basis.STATED : Basis.ASSUMED, dice.coin(),
        dice.coin(), dice.percent(30));
  }

  /**
   * A stakeholder with the given facts and random name, title, group and other roles.
   *
   * @param dice the random source
   * @param basis stated or assumed
   * @param approves whether the roles include APPROVES
   * @param threshold whether there is an approvesAbove amount
   * @param firstContact whether this is the first contact
   * @return the stakeholder
   */
  public Stakeholder stakeholder(
      Dice dice, Basis basis, boolean approves, boolean threshold, boolean firstContact) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : OTHER_ROLES) {
      if (dice.percent(30)) {
        roles.add(role);
      }
    }
    List<Role> ordered = new ArrayList<>(roles);
    if (approves) {
      ordered.add(Role.APPROVES);
    }
    return Stakeholder.builder()
        .name(Wording.optionalName(dice))
        .title(Wording.optional(dice))
        .group(dice.percent(30) ? null : dice.oneOf(StakeholderGroup.values()))
        .roles(dice.shuffled(ordered))
        .approvesAbove(threshold ? money(dice) : null)
        .firstContact(firstContact)
        .basis(basis)
        .build();
  }

  // ---- the rest ---------------------------------------------------------------------------------

  /** A company with random, sometimes absent, details. */
  public Company company(Dice dice) {
    Company.Builder company =
        Company.builder().name(Wording.optional(dice)).industry(Wording.optional(dice));
    if (dice.coin()) {
      company.employees(dice.oneOf(0, 1, 49, 50, 5_000, Integer.MAX_VALUE));
    }
    if (dice.coin()) {
      company.country(dice.pick(COUNTRIES));
    }
    return company.build();
  }

  /** A contact person with random, sometimes absent, details. */
  public Contact contact(Dice dice) {
    return Contact.builder()
        .name(Wording.optionalName(dice))
        .title(Wording.optional(dice))
        .email(dice.coin() ? "sam." + dice.below(1000) + "@example.com" : Wording.optional(dice))
        .phone(dice.coin() ? "+31 6 " + (10_000_000 + dice.below(90_000_000)) : Wording.optional(dice))
        .build();
  }

  private static @Nullable String blankOrNull(Dice dice) {
    return dice.coin() ? null : Wording.blank(dice);
  }
}
