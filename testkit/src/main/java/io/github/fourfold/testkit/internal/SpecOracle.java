package io.github.fourfold.testkit.internal;

import io.github.fourfold.Criterion;
import io.github.fourfold.ReasonCode;
import io.github.fourfold.Verdict;
import io.github.fourfold.WarningCode;
import io.github.fourfold.model.Basis;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.Role;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The four-question rule (specification version 1) written a second time, straight from the text
 * of {@code docs/qualification-rule.md}, as an oracle for tests. It shares no code with the rule in
 * {@code core}; where the spec is silent (a horizon so large that {@code asOf ± horizon} leaves
 * the calendar) it treats the bound as unbounded.
 */
public final class SpecOracle {
  /** The first date a lead can carry (the JSON format's year 0001). */
  public static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1);

  /** The last date a lead can carry (the JSON format's year 9999). */
  public static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

  /** Urgency codes in the spec's precedence, strongest first. */
  public static final List<ReasonCode> URGENCY_PRECEDENCE =
      List.of(
          ReasonCode.URGENCY_BEYOND_HORIZON,
          ReasonCode.URGENCY_EXPIRED,
          ReasonCode.URGENCY_STALE,
          ReasonCode.URGENCY_UNSUPPORTED,
          ReasonCode.URGENCY_ASSUMED);

  private final Period horizon;

  /**
   * An oracle for one horizon.
   *
   * @param horizon the policy's horizon, not negative
   */
  public SpecOracle(Period horizon) {
    if (horizon.isNegative()) {
      throw new IllegalArgumentException("the horizon must not be negative");
    }
    this.horizon = horizon;
  }

  /** The horizon this oracle judges with. */
  public Period horizon() {
    return horizon;
  }

  /** What the spec says about one lead on one date. */
  public record Judgement(
      Verdict verdict,
      Map<Criterion, ReasonCode> unmet,
      List<WarningCode> warnings,
      @Nullable LocalDate revisitOn) {

    /** The reason the criterion is unmet, or null when it is met. */
    public @Nullable ReasonCode reason(Criterion criterion) {
      return unmet.get(criterion);
    }
  }

  // ---- blank ------------------------------------------------------------------------------------

  /**
   * "Absent, empty, or made only of code points that are Character.isWhitespace or
   * Character.isSpaceChar ... or one of U+200B, U+200C, U+200D, U+2060, U+FEFF."
   */
  public static boolean isBlank(@Nullable String text) {
    if (text == null) {
      return true;
    }
    return text.codePoints()
        .allMatch(
            cp ->
                Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp)
                    || cp == 0x200B
                    || cp == 0x200C
                    || cp == 0x200D
                    || cp == 0x2060
                    || cp == 0xFEFF);
  }

  // ---- dates ------------------------------------------------------------------------------------

  /** {@code asOf + horizon}, or null when that leaves the calendar (then no date is beyond it). */
  public @Nullable LocalDate latest(LocalDate asOf) {
    try {
      return asOf.plus(horizon);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /** {@code asOf − horizon}, or null when that leaves the calendar (then no date is before it). */
  public @Nullable LocalDate earliest(LocalDate asOf) {
    try {
      return asOf.minus(horizon);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  private boolean beyondHorizon(LocalDate date, LocalDate asOf) {
    LocalDate latest = latest(asOf);
    return latest != null && date.isAfter(latest);
  }

  private boolean staleBeyondHorizon(LocalDate date, LocalDate asOf) {
    LocalDate earliest = earliest(asOf);
    return earliest != null && date.isBefore(earliest);
  }

  /**
   * "The earliest date d with d + horizon ≥ date": the first day on which a trigger on
   * {@code date} is no longer beyond the horizon. Found by bisection over the definition.
   */
  public LocalDate firstDayWithin(LocalDate date) {
    long lo = LocalDate.MIN.toEpochDay(); // candidate answers lie in (lo, hi]
    long hi = date.toEpochDay(); // date + horizon >= date always holds
    if (reaches(LocalDate.MIN, date)) {
      return LocalDate.MIN;
    }
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      if (reaches(LocalDate.ofEpochDay(mid), date)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return LocalDate.ofEpochDay(hi);
  }

  private boolean reaches(LocalDate d, LocalDate date) {
    LocalDate end = latest(d);
    return end == null || !end.isBefore(date);
  }

  // ---- SITUATION --------------------------------------------------------------------------------

  /** "A situation with a non-blank summary or at least one installedBase item." */
  public static boolean situationKnown(@Nullable Situation situation) {
    return situation != null
        && (!isBlank(situation.summary()) || !situation.installedBase().isEmpty());
  }

  // ---- PROBLEM ----------------------------------------------------------------------------------

  /** "cost.amount > 0, or frequency.count > 0, or timeLost.hours > 0". */
  public static boolean quantified(Problem p) {
    var cost = p.cost();
    var frequency = p.frequency();
    var timeLost = p.timeLost();
    boolean byCost = cost != null && cost.amount().signum() == 1;
    boolean byFrequency = frequency != null && frequency.count() >= 1;
    boolean byTime = timeLost != null && timeLost.hours().signum() == 1;
    return byCost || byFrequency || byTime;
  }

  /** "Its basis is STATED, addressable is not false, and it is quantified." */
  public static boolean counts(Problem p) {
    return p.basis() == Basis.STATED && !Boolean.FALSE.equals(p.addressable()) && quantified(p);
  }

  /** The PROBLEM reason, or null when met. */
  public static @Nullable ReasonCode problemReason(List<Problem> problems) {
    if (problems.stream().anyMatch(SpecOracle::counts)) {
      return null;
    }
    if (problems.isEmpty()) {
      return ReasonCode.PROBLEM_UNKNOWN;
    }
    if (problems.stream()
        .allMatch(p -> p.basis() == Basis.STATED && Boolean.FALSE.equals(p.addressable()))) {
      return ReasonCode.PROBLEM_NOT_ADDRESSABLE;
    }
    if (problems.stream()
        .anyMatch(
            p ->
                p.basis() == Basis.STATED
                    && !Boolean.FALSE.equals(p.addressable())
                    && !quantified(p))) {
      return ReasonCode.PROBLEM_NOT_QUANTIFIED;
    }
    return ReasonCode.PROBLEM_ASSUMED;
  }

  // ---- URGENCY ----------------------------------------------------------------------------------

  /** The code one trigger fails with, or null when it counts ("the first that applies"). */
  public @Nullable ReasonCode triggerCode(UrgencyTrigger t, LocalDate asOf) {
    if (t.basis() == Basis.ASSUMED) {
      return ReasonCode.URGENCY_ASSUMED;
    }
    LocalDate date = t.date();
    if (date == null && isBlank(t.consequence())) {
      return ReasonCode.URGENCY_UNSUPPORTED;
    }
    TriggerKind kind = t.kind();
    switch (kind) {
      case DEADLINE:
        if (date == null) {
          return ReasonCode.URGENCY_UNSUPPORTED;
        }
        if (date.isBefore(asOf)) {
          return ReasonCode.URGENCY_EXPIRED;
        }
        return beyondHorizon(date, asOf) ? ReasonCode.URGENCY_BEYOND_HORIZON : null;
      case EVENT:
        if (date == null) {
          return null;
        }
        if (date.isAfter(asOf)) {
          return ReasonCode.URGENCY_UNSUPPORTED;
        }
        return staleBeyondHorizon(date, asOf) ? ReasonCode.URGENCY_STALE : null;
      case OPPORTUNITY:
        if (date == null) {
          return null;
        }
        if (beyondHorizon(date, asOf)) {
          return ReasonCode.URGENCY_BEYOND_HORIZON;
        }
        return staleBeyondHorizon(date, asOf) ? ReasonCode.URGENCY_STALE : null;
    }
    throw new AssertionError(kind);
  }

  /** Whether the trigger counts towards URGENCY. */
  public boolean counts(UrgencyTrigger t, LocalDate asOf) {
    return triggerCode(t, asOf) == null;
  }

  /** The URGENCY reason, or null when met. */
  public @Nullable ReasonCode urgencyReason(List<UrgencyTrigger> triggers, LocalDate asOf) {
    if (triggers.isEmpty()) {
      return ReasonCode.URGENCY_UNKNOWN;
    }
    List<ReasonCode> codes = new ArrayList<>();
    for (UrgencyTrigger t : triggers) {
      ReasonCode code = triggerCode(t, asOf);
      if (code == null) {
        return null;
      }
      codes.add(code);
    }
    for (ReasonCode code : URGENCY_PRECEDENCE) {
      if (codes.contains(code)) {
        return code;
      }
    }
    throw new AssertionError("a failing trigger without a code");
  }

  // ---- DECISION ---------------------------------------------------------------------------------

  /** "At least one stakeholder, a non-blank process or timeline, or a decisionBy date." */
  public static boolean exists(@Nullable DecisionProcess p) {
    return p != null
        && (!p.stakeholders().isEmpty()
            || !isBlank(p.process())
            || !isBlank(p.timeline())
            || p.decisionBy() != null);
  }

  /** "Its basis is STATED and it has the role APPROVES or an approvesAbove threshold." */
  public static boolean canDecide(Stakeholder s) {
    return s.basis() == Basis.STATED
        && (s.roles().contains(Role.APPROVES) || s.approvesAbove() != null);
  }

  /** "A non-blank process, a non-blank timeline, a decisionBy date, or a stated threshold." */
  public static boolean howKnown(DecisionProcess p) {
    return !isBlank(p.process())
        || !isBlank(p.timeline())
        || p.decisionBy() != null
        || p.stakeholders().stream()
            .anyMatch(s -> s.basis() == Basis.STATED && s.approvesAbove() != null);
  }

  /** The DECISION reason, or null when met. */
  public static @Nullable ReasonCode decisionReason(@Nullable DecisionProcess p) {
    if (p == null || !exists(p)) {
      return ReasonCode.DECISION_UNKNOWN;
    }
    if (p.stakeholders().stream().noneMatch(SpecOracle::canDecide)) {
      return ReasonCode.DECISION_MAKER_UNKNOWN;
    }
    return howKnown(p) ? null : ReasonCode.DECISION_PROCESS_UNKNOWN;
  }

  // ---- the whole lead ---------------------------------------------------------------------------

  /**
   * The verdict, reasons, warnings and revisit date the spec gives a lead.
   *
   * @param lead the lead
   * @param asOf the reference date
   * @return the judgement
   */
  public Judgement judge(Lead lead, LocalDate asOf) {
    Map<Criterion, ReasonCode> unmet = new EnumMap<>(Criterion.class);
    putIfUnmet(unmet, Criterion.SITUATION,
        situationKnown(lead.situation()) ? null : ReasonCode.SITUATION_UNKNOWN);
    putIfUnmet(unmet, Criterion.PROBLEM, problemReason(lead.problems()));
    putIfUnmet(unmet, Criterion.URGENCY, urgencyReason(lead.triggers(), asOf));
    putIfUnmet(unmet, Criterion.DECISION, decisionReason(lead.decisionProcess()));

    Verdict verdict;
    if (unmet.get(Criterion.PROBLEM) == ReasonCode.PROBLEM_NOT_ADDRESSABLE) {
      verdict = Verdict.DISQUALIFIED;
    } else if (unmet.isEmpty()) {
      verdict = Verdict.SQL;
    } else {
      verdict = Verdict.NOT_YET;
    }

    LocalDate revisitOn = null;
    if (verdict == Verdict.NOT_YET
        && unmet.get(Criterion.URGENCY) == ReasonCode.URGENCY_BEYOND_HORIZON) {
      for (UrgencyTrigger t : lead.triggers()) {
        LocalDate date = t.date();
        if (date != null && triggerCode(t, asOf) == ReasonCode.URGENCY_BEYOND_HORIZON) {
          LocalDate first = firstDayWithin(date);
          if (revisitOn == null || first.isBefore(revisitOn)) {
            revisitOn = first;
          }
        }
      }
    }

    List<WarningCode> warnings = new ArrayList<>();
    if (lead.demoRequested() && verdict != Verdict.SQL) {
      warnings.add(WarningCode.DEMO_BEFORE_QUALIFIED);
    }
    if (anyAssumed(lead)) {
      warnings.add(WarningCode.ASSUMPTION);
    }
    DecisionProcess process = lead.decisionProcess();
    if (process != null
        && exists(process)
        && process.stakeholders().stream()
            .noneMatch(s -> s.basis() == Basis.STATED && !s.firstContact())) {
      warnings.add(WarningCode.SINGLE_THREADED);
    }
    if (!unmet.containsKey(Criterion.URGENCY)
        && lead.triggers().stream()
            .filter(t -> counts(t, asOf))
            .allMatch(t -> t.kind() == TriggerKind.DEADLINE && isBlank(t.consequence()))) {
      warnings.add(WarningCode.DEADLINE_WITHOUT_CONSEQUENCE);
    }
    return new Judgement(verdict, Map.copyOf(unmet), List.copyOf(warnings), revisitOn);
  }

  private static boolean anyAssumed(Lead lead) {
    boolean problems = lead.problems().stream().anyMatch(p -> p.basis() == Basis.ASSUMED);
    boolean triggers = lead.triggers().stream().anyMatch(t -> t.basis() == Basis.ASSUMED);
    DecisionProcess process = lead.decisionProcess();
    boolean stakeholders =
        process != null
            && process.stakeholders().stream().anyMatch(s -> s.basis() == Basis.ASSUMED);
    return problems || triggers || stakeholders;
  }

  private static void putIfUnmet(
      Map<Criterion, ReasonCode> unmet, Criterion criterion, @Nullable ReasonCode reason) {
    if (reason != null) {
      unmet.put(criterion, reason);
    }
  }
}
