package io.github.fourfold.internal.rule;

import static io.github.fourfold.internal.Checks.isBlank;

import io.github.fourfold.ReasonCode;
import io.github.fourfold.Verdict;
import io.github.fourfold.WarningCode;
import io.github.fourfold.model.Basis;
import io.github.fourfold.model.Cost;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Frequency;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.Role;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.TimeLost;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The default four-question rule's judgement, section by section as the specification (version 1)
 * states it: SITUATION, PROBLEM, URGENCY (each trigger, then the precedence of the failing codes
 * and the nurture date), DECISION, the verdict, {@code revisitOn} and the warnings. It only
 * decides; turning a judgement into a result (findings, messages, questions) is the assembler's
 * job, so this class holds no texts and no caches but the horizon's window around the last date.
 *
 * <p>Pure and thread-safe: the judgement depends only on the lead, the date and the horizon. A
 * judgement goes to the {@link Assembler} the caller passes, so whoever calls
 * {@link #judge} decides only what it gets back itself.
 */
public final class FourQuestionJudge {
  /**
   * Receives a judgement.
   *
   * @param <R> what the assembler makes of it
   */
  @FunctionalInterface
  public interface Assembler<R> {
    /**
     * Turns a judgement into a result.
     *
     * @param lead the lead (for what the result quotes of it, such as its id)
     * @param asOf the reference date
     * @param verdict the verdict
     * @param situation the SITUATION reason, or null when met
     * @param problem the PROBLEM reason, or null when met
     * @param urgency the URGENCY reason, or null when met
     * @param decision the DECISION reason, or null when met
     * @param warnings the warnings, as a set of {@link #bit(WarningCode)}s
     * @param urgencyDate for beyond-horizon, expired and stale: the failing trigger date nearest
     *     to {@code asOf}, which the message names; null otherwise
     * @param revisitOn the revisit date, or null
     * @return the result
     */
    R assemble(Lead lead, LocalDate asOf, Verdict verdict, @Nullable ReasonCode situation,
        @Nullable ReasonCode problem, @Nullable ReasonCode urgency, @Nullable ReasonCode decision,
        int warnings, @Nullable LocalDate urgencyDate, @Nullable LocalDate revisitOn);
  }

  /** URGENCY's failing codes from strongest to weakest: when no trigger counts, the first present wins. */
  private static final List<ReasonCode> URGENCY_PRECEDENCE = List.of(
      ReasonCode.URGENCY_BEYOND_HORIZON,
      ReasonCode.URGENCY_EXPIRED,
      ReasonCode.URGENCY_STALE,
      ReasonCode.URGENCY_UNSUPPORTED,
      ReasonCode.URGENCY_ASSUMED);

  static {
    // Warnings travel as bits of an int; see bit().
    if (WarningCode.values().length > Integer.SIZE - 1) {
      throw new IllegalStateException("More warning codes than bits in a warning set");
    }
  }

  private final Period horizon;
  // Racy but safe: Window is immutable with final fields; a lost update only recomputes.
  private volatile Window window = new Window(LocalDate.MIN, LocalDate.MIN, LocalDate.MIN);

  /**
   * A judge for a horizon.
   *
   * @param horizon the policy's horizon
   */
  public FourQuestionJudge(Period horizon) {
    this.horizon = horizon;
  }

  /**
   * Judges a lead as of a date and hands the judgement to an assembler.
   *
   * @param <R> what the assembler makes of the judgement
   * @param lead the lead
   * @param asOf the reference date
   * @param assembler what turns the judgement into a result
   * @return the assembler's result
   */
  public <R> R judge(Lead lead, LocalDate asOf, Assembler<R> assembler) {
    Window w = window(asOf);
    @Nullable ReasonCode situation = situation(lead.situation());
    @Nullable ReasonCode problem = problem(lead.problems());
    Urgency urgency = urgency(lead.triggers(), w);
    @Nullable ReasonCode decision = decision(lead.decisionProcess());
    Verdict verdict = verdict(situation, problem, urgency.reason, decision);
    @Nullable LocalDate revisitOn = revisitOn(verdict, urgency);
    int warnings = warnings(lead, verdict, urgency);
    return assembler.assemble(lead, asOf, verdict, situation, problem, urgency.reason, decision,
        warnings, urgency.date, revisitOn);
  }

  // ---- SITUATION ----------------------------------------------------------------------------

  /** Met with a non-blank summary or at least one installed-base item. */
  static @Nullable ReasonCode situation(@Nullable Situation situation) {
    if (situation != null && (!isBlank(situation.summary()) || !situation.installedBase().isEmpty())) {
      return null;
    }
    return ReasonCode.SITUATION_UNKNOWN;
  }

  // ---- PROBLEM ------------------------------------------------------------------------------

  /**
   * Whether a problem counts: stated, not unaddressable, and quantified. The reports ask this too,
   * so they call a problem counting exactly when the rule does.
   *
   * @param problem the problem
   * @return true when it counts towards PROBLEM
   */
  public static boolean counts(Problem problem) {
    return problem.basis() == Basis.STATED
        && !Boolean.FALSE.equals(problem.addressable())
        && quantified(problem);
  }

  /** Quantified looks only at the numbers: currency and {@code per} do not matter. */
  static boolean quantified(Problem problem) {
    Cost cost = problem.cost();
    Frequency frequency = problem.frequency();
    TimeLost timeLost = problem.timeLost();
    return (cost != null && cost.amount().signum() > 0)
        || (frequency != null && frequency.count() > 0)
        || (timeLost != null && timeLost.hours().signum() > 0);
  }

  /** Met when one problem counts; otherwise the first reason that applies, in the spec's order. */
  static @Nullable ReasonCode problem(List<Problem> problems) {
    if (problems.isEmpty()) {
      return ReasonCode.PROBLEM_UNKNOWN;
    }
    boolean allStatedUnaddressable = true;
    boolean someStatedUnquantified = false;
    for (int i = 0, n = problems.size(); i < n; i++) {
      Problem p = problems.get(i);
      if (counts(p)) {
        return null;
      }
      boolean stated = p.basis() == Basis.STATED;
      boolean unaddressable = Boolean.FALSE.equals(p.addressable());
      allStatedUnaddressable &= stated && unaddressable;
      someStatedUnquantified |= stated && !unaddressable && !quantified(p);
    }
    if (allStatedUnaddressable) {
      return ReasonCode.PROBLEM_NOT_ADDRESSABLE;
    }
    return someStatedUnquantified ? ReasonCode.PROBLEM_NOT_QUANTIFIED : ReasonCode.PROBLEM_ASSUMED;
  }

  // ---- URGENCY ------------------------------------------------------------------------------

  /**
   * Whether a trigger counts on a date with a horizon. The reports ask this too, so they call a
   * trigger counting exactly when the rule does.
   *
   * @param trigger the trigger
   * @param asOf the reference date
   * @param horizon the policy's horizon
   * @return true when it is a reason to act now
   */
  public static boolean counts(UrgencyTrigger trigger, LocalDate asOf, Period horizon) {
    return trigger(trigger, new Window(asOf, minus(asOf, horizon), plus(asOf, horizon))) == null;
  }

  /** One trigger on its own: the first bullet that applies gives its code; null when it counts. */
  static @Nullable ReasonCode trigger(UrgencyTrigger trigger, Window w) {
    if (trigger.basis() == Basis.ASSUMED) {
      return ReasonCode.URGENCY_ASSUMED;
    }
    LocalDate date = trigger.date();
    if (date == null && isBlank(trigger.consequence())) {
      return ReasonCode.URGENCY_UNSUPPORTED;
    }
    TriggerKind kind = trigger.kind();
    if (kind == TriggerKind.DEADLINE) {
      if (date == null) {
        return ReasonCode.URGENCY_UNSUPPORTED;
      }
      if (date.isBefore(w.asOf)) {
        return ReasonCode.URGENCY_EXPIRED;
      }
      if (date.isAfter(w.latest)) {
        return ReasonCode.URGENCY_BEYOND_HORIZON;
      }
    } else if (kind == TriggerKind.EVENT) {
      if (date != null && date.isAfter(w.asOf)) {
        return ReasonCode.URGENCY_UNSUPPORTED;
      }
      if (date != null && date.isBefore(w.earliest)) {
        return ReasonCode.URGENCY_STALE;
      }
    } else {
      if (date != null && date.isAfter(w.latest)) {
        return ReasonCode.URGENCY_BEYOND_HORIZON;
      }
      if (date != null && date.isBefore(w.earliest)) {
        return ReasonCode.URGENCY_STALE;
      }
    }
    return null;
  }

  /**
   * Met when a trigger counts; otherwise URGENCY_UNKNOWN without triggers, else the strongest
   * failing code by {@link #URGENCY_PRECEDENCE}, with the date its message names.
   */
  Urgency urgency(List<UrgencyTrigger> triggers, Window w) {
    if (triggers.isEmpty()) {
      return Urgency.UNKNOWN;
    }
    boolean anyCounts = false;
    boolean onlyBareDeadlines = true;
    int strongest = URGENCY_PRECEDENCE.size();
    // Per failing code: the date to name in the message (the nearest one to asOf).
    @Nullable LocalDate beyond = null;
    @Nullable LocalDate expired = null;
    @Nullable LocalDate stale = null;
    for (int i = 0, n = triggers.size(); i < n; i++) {
      UrgencyTrigger trigger = triggers.get(i);
      @Nullable ReasonCode code = trigger(trigger, w);
      if (code == null) {
        anyCounts = true;
        onlyBareDeadlines = onlyBareDeadlines
            && trigger.kind() == TriggerKind.DEADLINE && isBlank(trigger.consequence());
        if (!onlyBareDeadlines) {
          // Met, and no later trigger can change that or bring back the deadline warning.
          return Urgency.MET;
        }
        continue;
      }
      for (int j = 0; j < strongest; j++) {
        if (URGENCY_PRECEDENCE.get(j) == code) {
          strongest = j;
          break;
        }
      }
      LocalDate date = trigger.date();
      if (date != null) {
        if (code == ReasonCode.URGENCY_BEYOND_HORIZON && (beyond == null || date.isBefore(beyond))) {
          beyond = date;
        } else if (code == ReasonCode.URGENCY_EXPIRED && (expired == null || date.isAfter(expired))) {
          expired = date;
        } else if (code == ReasonCode.URGENCY_STALE && (stale == null || date.isAfter(stale))) {
          stale = date;
        }
      }
    }
    if (anyCounts) {
      return onlyBareDeadlines ? Urgency.MET_BARE_DEADLINES : Urgency.MET;
    }
    ReasonCode reason = URGENCY_PRECEDENCE.get(strongest);
    return switch (reason) {
      // The earliest nurture date of all beyond-horizon triggers is that of the nearest one,
      // since the first day a date counts grows with the date.
      case URGENCY_BEYOND_HORIZON ->
          new Urgency(reason, beyond, beyond == null ? null : firstDayCounting(beyond), false);
      case URGENCY_EXPIRED -> new Urgency(reason, expired, null, false);
      case URGENCY_STALE -> new Urgency(reason, stale, null, false);
      case URGENCY_UNSUPPORTED -> Urgency.UNSUPPORTED;
      case URGENCY_ASSUMED -> Urgency.ASSUMED;
      default -> new Urgency(reason, null, null, false);
    };
  }

  /**
   * The nurture date: the earliest {@code d} with {@code d + horizon >= date}. Usually
   * {@code date - horizon}, but month-end clamping can move it a few days either way, so it is
   * searched from there.
   */
  LocalDate firstDayCounting(LocalDate date) {
    LocalDate d = minus(date, horizon);
    while (plus(d, horizon).isBefore(date)) {
      d = d.plusDays(1);
    }
    while (d.isAfter(LocalDate.MIN) && !plus(d.minusDays(1), horizon).isBefore(date)) {
      d = d.minusDays(1);
    }
    return d;
  }

  // ---- DECISION -----------------------------------------------------------------------------

  /** A decision process exists with a stakeholder, a non-blank process or timeline, or a date. */
  static boolean exists(@Nullable DecisionProcess process) {
    return process != null
        && (!process.stakeholders().isEmpty()
            || !isBlank(process.process())
            || !isBlank(process.timeline())
            || process.decisionBy() != null);
  }

  /** A stated stakeholder who approves, or approves above a threshold. */
  static boolean canDecide(Stakeholder s) {
    return s.basis() == Basis.STATED && (s.roles().contains(Role.APPROVES) || s.approvesAbove() != null);
  }

  /** Met when someone can decide and the how is known; otherwise the first reason that applies. */
  static @Nullable ReasonCode decision(@Nullable DecisionProcess process) {
    if (process == null || !exists(process)) {
      return ReasonCode.DECISION_UNKNOWN;
    }
    boolean someoneDecides = false;
    boolean howKnown = !isBlank(process.process()) || !isBlank(process.timeline()) || process.decisionBy() != null;
    List<Stakeholder> stakeholders = process.stakeholders();
    for (int i = 0, n = stakeholders.size(); i < n; i++) {
      Stakeholder s = stakeholders.get(i);
      someoneDecides |= canDecide(s);
      howKnown |= s.basis() == Basis.STATED && s.approvesAbove() != null;
    }
    if (!someoneDecides) {
      return ReasonCode.DECISION_MAKER_UNKNOWN;
    }
    return howKnown ? null : ReasonCode.DECISION_PROCESS_UNKNOWN;
  }

  // ---- VERDICT AND REVISIT DATE -------------------------------------------------------------

  /** DISQUALIFIED for an unaddressable problem; else SQL when all four are met; else NOT_YET. */
  static Verdict verdict(@Nullable ReasonCode situation, @Nullable ReasonCode problem,
      @Nullable ReasonCode urgency, @Nullable ReasonCode decision) {
    if (problem == ReasonCode.PROBLEM_NOT_ADDRESSABLE) {
      return Verdict.DISQUALIFIED;
    }
    if (situation == null && problem == null && urgency == null && decision == null) {
      return Verdict.SQL;
    }
    return Verdict.NOT_YET;
  }

  /** The nurture date, only for NOT_YET with URGENCY_BEYOND_HORIZON. */
  static @Nullable LocalDate revisitOn(Verdict verdict, Urgency urgency) {
    return verdict == Verdict.NOT_YET && urgency.reason == ReasonCode.URGENCY_BEYOND_HORIZON
        ? urgency.revisitOn
        : null;
  }

  // ---- WARNINGS -----------------------------------------------------------------------------

  /**
   * A warning's bit in a warning set.
   *
   * @param code the warning
   * @return its bit
   */
  public static int bit(WarningCode code) {
    return 1 << code.ordinal();
  }

  /** The pitfalls, each once; warnings never change the verdict. */
  static int warnings(Lead lead, Verdict verdict, Urgency urgency) {
    int warnings = 0;
    if (lead.demoRequested() && verdict != Verdict.SQL) {
      warnings |= bit(WarningCode.DEMO_BEFORE_QUALIFIED);
    }
    if (anyAssumed(lead)) {
      warnings |= bit(WarningCode.ASSUMPTION);
    }
    if (singleThreaded(lead.decisionProcess())) {
      warnings |= bit(WarningCode.SINGLE_THREADED);
    }
    if (urgency.reason == null && urgency.onlyBareDeadlines) {
      warnings |= bit(WarningCode.DEADLINE_WITHOUT_CONSEQUENCE);
    }
    return warnings;
  }

  /** Any problem, trigger or stakeholder assumed. */
  static boolean anyAssumed(Lead lead) {
    List<Problem> problems = lead.problems();
    for (int i = 0, n = problems.size(); i < n; i++) {
      if (problems.get(i).basis() == Basis.ASSUMED) {
        return true;
      }
    }
    List<UrgencyTrigger> triggers = lead.triggers();
    for (int i = 0, n = triggers.size(); i < n; i++) {
      if (triggers.get(i).basis() == Basis.ASSUMED) {
        return true;
      }
    }
    DecisionProcess process = lead.decisionProcess();
    if (process != null) {
      List<Stakeholder> stakeholders = process.stakeholders();
      for (int i = 0, n = stakeholders.size(); i < n; i++) {
        if (stakeholders.get(i).basis() == Basis.ASSUMED) {
          return true;
        }
      }
    }
    return false;
  }

  /** A decision process exists and no stated stakeholder is other than the first contact. */
  static boolean singleThreaded(@Nullable DecisionProcess process) {
    if (process == null || !exists(process)) {
      return false;
    }
    List<Stakeholder> stakeholders = process.stakeholders();
    for (int i = 0, n = stakeholders.size(); i < n; i++) {
      Stakeholder s = stakeholders.get(i);
      if (s.basis() == Basis.STATED && !s.firstContact()) {
        return false;
      }
    }
    return true;
  }

  // ---- DATES --------------------------------------------------------------------------------

  /** The horizon's window around a date; kept for the last date, as callers judge many leads on one. */
  static final class Window {
    final LocalDate asOf;
    final LocalDate earliest;
    final LocalDate latest;

    Window(LocalDate asOf, LocalDate earliest, LocalDate latest) {
      this.asOf = asOf;
      this.earliest = earliest;
      this.latest = latest;
    }
  }

  private Window window(LocalDate asOf) {
    Window w = window;
    if (!w.asOf.equals(asOf)) {
      w = new Window(asOf, minus(asOf, horizon), plus(asOf, horizon));
      window = w;
    }
    return w;
  }

  /** {@code date.plus(period)}, saturating instead of failing past the supported range. */
  static LocalDate plus(LocalDate date, Period period) {
    try {
      return date.plus(period);
    } catch (DateTimeException | ArithmeticException e) {
      return LocalDate.MAX;
    }
  }

  /** {@code date.minus(period)}, saturating instead of failing past the supported range. */
  static LocalDate minus(LocalDate date, Period period) {
    try {
      return date.minus(period);
    } catch (DateTimeException | ArithmeticException e) {
      return LocalDate.MIN;
    }
  }

  /** How URGENCY came out: the reason (null when met) and what its message and revisit date need. */
  static final class Urgency {
    static final Urgency UNKNOWN = new Urgency(ReasonCode.URGENCY_UNKNOWN, null, null, false);
    static final Urgency UNSUPPORTED = new Urgency(ReasonCode.URGENCY_UNSUPPORTED, null, null, false);
    static final Urgency ASSUMED = new Urgency(ReasonCode.URGENCY_ASSUMED, null, null, false);
    static final Urgency MET = new Urgency(null, null, null, false);
    static final Urgency MET_BARE_DEADLINES = new Urgency(null, null, null, true);

    final @Nullable ReasonCode reason;
    /** For beyond-horizon, expired and stale: the failing trigger date nearest to asOf. */
    final @Nullable LocalDate date;
    final @Nullable LocalDate revisitOn;
    /** Whether every counting trigger is a deadline with a blank consequence. */
    final boolean onlyBareDeadlines;

    Urgency(@Nullable ReasonCode reason, @Nullable LocalDate date, @Nullable LocalDate revisitOn,
        boolean onlyBareDeadlines) {
      this.reason = reason;
      this.date = date;
      this.revisitOn = revisitOn;
      this.onlyBareDeadlines = onlyBareDeadlines;
    }
  }
}
