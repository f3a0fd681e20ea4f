package io.github.fourfold.internal.rule;

import static io.github.fourfold.internal.Checks.isBlank;

import io.github.fourfold.Criterion;
import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.ReasonCode;
import io.github.fourfold.Verdict;
import io.github.fourfold.Warning;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The default four-question rule, exactly as {@code qualification-rule.md} (version 1) states it.
 *
 * <p>Instances are immutable and hold only precomputed texts, so they are thread-safe.
 */
// Texts are cached in arrays indexed by enum ordinal: ordinals only index arrays built from the
// same enum in this class, never data that leaves it.
@SuppressWarnings("EnumOrdinal")
public final class FourQuestionRule implements Qualifier {
  private static final FourQuestionRule DEFAULT = new FourQuestionRule(QualificationPolicy.ofDefaults());

  /** Urgency reasons from strongest to weakest: when no trigger counts, the first present wins. */
  private static final ReasonCode[] URGENCY_PRECEDENCE = {
    ReasonCode.URGENCY_BEYOND_HORIZON,
    ReasonCode.URGENCY_EXPIRED,
    ReasonCode.URGENCY_STALE,
    ReasonCode.URGENCY_UNSUPPORTED,
    ReasonCode.URGENCY_ASSUMED,
  };

  private final QualificationPolicy policy;
  private final Period horizon;
  private final Texts texts;
  private final String horizonText;
  // Texts are rendered once per instance, indexed by ordinal, so qualifying a lead only
  // allocates for messages that carry a date.
  private final CriterionFinding[] metFindings = new CriterionFinding[Criterion.values().length];
  private final @Nullable CriterionFinding[] plainFindings = new CriterionFinding[ReasonCode.values().length];
  private final Warning[] warnings = new Warning[WarningCode.values().length];
  private final List<String>[] reasonQuestions;
  private final List<String>[] warningQuestions;

  private FourQuestionRule(QualificationPolicy policy) {
    this.policy = policy;
    this.horizon = policy.horizon();
    this.texts = Texts.of(policy.locale());
    this.horizonText = PeriodText.describe(horizon, texts);
    for (Criterion criterion : Criterion.values()) {
      metFindings[criterion.ordinal()] = CriterionFinding.met(criterion);
    }
    reasonQuestions = newListArray(ReasonCode.values().length);
    for (ReasonCode code : ReasonCode.values()) {
      String message = texts.get("reason." + code.name());
      if (!message.contains("{")) {
        plainFindings[code.ordinal()] = CriterionFinding.unmet(code, message);
      }
      reasonQuestions[code.ordinal()] = questionsFor("questions." + code.name(), code.criterion());
    }
    warningQuestions = newListArray(WarningCode.values().length);
    for (WarningCode code : WarningCode.values()) {
      warnings[code.ordinal()] = Warning.of(code, texts.get("warning." + code.name()));
      warningQuestions[code.ordinal()] = texts.list("questions." + code.name());
    }
  }

  public static FourQuestionRule ofDefaults() {
    return DEFAULT;
  }

  public static FourQuestionRule of(QualificationPolicy policy) {
    return policy.equals(DEFAULT.policy) ? DEFAULT : new FourQuestionRule(policy);
  }

  public QualificationPolicy policy() {
    return policy;
  }

  @Override
  public String id() {
    return FOUR_QUESTION_ID;
  }

  @Override
  public String toString() {
    return "FourQuestionRule{" + FOUR_QUESTION_ID + ", horizon=" + horizon + ", locale=" + policy.locale() + "}";
  }

  @Override
  public QualificationResult qualify(Lead lead, LocalDate asOf) {
    LocalDate latest = plus(asOf, horizon);
    LocalDate earliest = minus(asOf, horizon);

    @Nullable ReasonCode situation = situation(lead.situation());
    @Nullable ReasonCode problem = problem(lead.problems());
    UrgencyOutcome urgency = urgency(lead.triggers(), asOf, earliest, latest);
    @Nullable ReasonCode decision = decision(lead.decisionProcess());

    Verdict verdict;
    if (problem == ReasonCode.PROBLEM_NOT_ADDRESSABLE) {
      verdict = Verdict.DISQUALIFIED;
    } else if (situation == null && problem == null && urgency.reason == null && decision == null) {
      verdict = Verdict.SQL;
    } else {
      verdict = Verdict.NOT_YET;
    }
    @Nullable LocalDate revisitOn =
        verdict == Verdict.NOT_YET && urgency.reason == ReasonCode.URGENCY_BEYOND_HORIZON
            ? urgency.revisitOn
            : null;

    List<CriterionFinding> criteria = List.of(
        finding(Criterion.SITUATION, situation, urgency, revisitOn),
        finding(Criterion.PROBLEM, problem, urgency, revisitOn),
        finding(Criterion.URGENCY, urgency.reason, urgency, revisitOn),
        finding(Criterion.DECISION, decision, urgency, revisitOn));

    List<Warning> found = warnings(lead, verdict, urgency);

    Set<String> questions = new LinkedHashSet<>();
    addQuestions(questions, situation);
    addQuestions(questions, problem);
    addQuestions(questions, urgency.reason);
    addQuestions(questions, decision);
    for (Warning warning : found) {
      questions.addAll(warningQuestions[WarningCode.valueOf(warning.code()).ordinal()]);
    }

    return QualificationResult.builder()
        .leadId(lead.id())
        .verdict(verdict)
        .asOf(asOf)
        .criteria(criteria)
        .warnings(found)
        .revisitOn(revisitOn)
        .nextQuestions(questions)
        .qualifier(FOUR_QUESTION_ID)
        .build();
  }

  // ---- SITUATION ----------------------------------------------------------------------------

  static @Nullable ReasonCode situation(@Nullable Situation situation) {
    if (situation != null && (!isBlank(situation.summary()) || !situation.installedBase().isEmpty())) {
      return null;
    }
    return ReasonCode.SITUATION_UNKNOWN;
  }

  // ---- PROBLEM ------------------------------------------------------------------------------

  static boolean counts(Problem problem) {
    return problem.basis() == Basis.STATED
        && !Boolean.FALSE.equals(problem.addressable())
        && quantified(problem);
  }

  static boolean quantified(Problem problem) {
    Cost cost = problem.cost();
    Frequency frequency = problem.frequency();
    TimeLost timeLost = problem.timeLost();
    return (cost != null && cost.amount().signum() > 0)
        || (frequency != null && frequency.count() > 0)
        || (timeLost != null && timeLost.hours().signum() > 0);
  }

  static @Nullable ReasonCode problem(List<Problem> problems) {
    if (problems.isEmpty()) {
      return ReasonCode.PROBLEM_UNKNOWN;
    }
    boolean allStatedUnaddressable = true;
    boolean someStatedUnquantified = false;
    for (Problem p : problems) {
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

  /** How urgency came out: the reason (null when met) and what its message and revisit date need. */
  static final class UrgencyOutcome {
    final @Nullable ReasonCode reason;
    /** For beyond-horizon, expired and stale: the failing trigger date nearest to asOf. */
    final @Nullable LocalDate reasonDate;
    final @Nullable LocalDate revisitOn;
    /** Whether every counting trigger is a deadline with a blank consequence. */
    final boolean onlyBareDeadlines;

    UrgencyOutcome(@Nullable ReasonCode reason, @Nullable LocalDate reasonDate,
        @Nullable LocalDate revisitOn, boolean onlyBareDeadlines) {
      this.reason = reason;
      this.reasonDate = reasonDate;
      this.revisitOn = revisitOn;
      this.onlyBareDeadlines = onlyBareDeadlines;
    }
  }

  /** The code a single trigger fails with, or null when it counts. */
  static @Nullable ReasonCode judge(UrgencyTrigger trigger, LocalDate asOf, LocalDate earliest, LocalDate latest) {
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
      if (date.isBefore(asOf)) {
        return ReasonCode.URGENCY_EXPIRED;
      }
      if (date.isAfter(latest)) {
        return ReasonCode.URGENCY_BEYOND_HORIZON;
      }
    } else if (kind == TriggerKind.EVENT) {
      if (date != null && date.isAfter(asOf)) {
        return ReasonCode.URGENCY_UNSUPPORTED;
      }
      if (date != null && date.isBefore(earliest)) {
        return ReasonCode.URGENCY_STALE;
      }
    } else {
      if (date != null && date.isAfter(latest)) {
        return ReasonCode.URGENCY_BEYOND_HORIZON;
      }
      if (date != null && date.isBefore(earliest)) {
        return ReasonCode.URGENCY_STALE;
      }
    }
    return null;
  }

  UrgencyOutcome urgency(List<UrgencyTrigger> triggers, LocalDate asOf, LocalDate earliest, LocalDate latest) {
    if (triggers.isEmpty()) {
      return new UrgencyOutcome(ReasonCode.URGENCY_UNKNOWN, null, null, false);
    }
    boolean anyCounts = false;
    boolean onlyBareDeadlines = true;
    int best = URGENCY_PRECEDENCE.length;
    // Per failing code: the date to name in the message (the nearest one to asOf).
    @Nullable LocalDate beyond = null;
    @Nullable LocalDate expired = null;
    @Nullable LocalDate stale = null;
    for (UrgencyTrigger trigger : triggers) {
      @Nullable ReasonCode code = judge(trigger, asOf, earliest, latest);
      if (code == null) {
        anyCounts = true;
        onlyBareDeadlines &= trigger.kind() == TriggerKind.DEADLINE && isBlank(trigger.consequence());
        continue;
      }
      for (int i = 0; i < best; i++) {
        if (URGENCY_PRECEDENCE[i] == code) {
          best = i;
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
      return new UrgencyOutcome(null, null, null, onlyBareDeadlines);
    }
    ReasonCode reason = URGENCY_PRECEDENCE[best];
    return switch (reason) {
      // The earliest nurture date of all beyond-horizon triggers is that of the nearest one,
      // since the first day a date counts grows with the date.
      case URGENCY_BEYOND_HORIZON ->
          new UrgencyOutcome(reason, beyond, beyond == null ? null : firstDayCounting(beyond), false);
      case URGENCY_EXPIRED -> new UrgencyOutcome(reason, expired, null, false);
      case URGENCY_STALE -> new UrgencyOutcome(reason, stale, null, false);
      default -> new UrgencyOutcome(reason, null, null, false);
    };
  }

  /**
   * The earliest {@code d} with {@code d + horizon >= date}. Usually {@code date - horizon}, but
   * month-end clamping can move it a few days either way, so it is searched from there.
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

  // ---- DECISION -----------------------------------------------------------------------------

  static boolean exists(@Nullable DecisionProcess process) {
    return process != null
        && (!process.stakeholders().isEmpty()
            || !isBlank(process.process())
            || !isBlank(process.timeline())
            || process.decisionBy() != null);
  }

  static boolean canDecide(Stakeholder s) {
    return s.basis() == Basis.STATED && (s.roles().contains(Role.APPROVES) || s.approvesAbove() != null);
  }

  static @Nullable ReasonCode decision(@Nullable DecisionProcess process) {
    if (process == null || !exists(process)) {
      return ReasonCode.DECISION_UNKNOWN;
    }
    boolean someoneDecides = false;
    boolean howKnown = !isBlank(process.process()) || !isBlank(process.timeline()) || process.decisionBy() != null;
    for (Stakeholder s : process.stakeholders()) {
      someoneDecides |= canDecide(s);
      howKnown |= s.basis() == Basis.STATED && s.approvesAbove() != null;
    }
    if (!someoneDecides) {
      return ReasonCode.DECISION_MAKER_UNKNOWN;
    }
    return howKnown ? null : ReasonCode.DECISION_PROCESS_UNKNOWN;
  }

  // ---- WARNINGS -----------------------------------------------------------------------------

  private List<Warning> warnings(Lead lead, Verdict verdict, UrgencyOutcome urgency) {
    List<Warning> found = new ArrayList<>(2);
    if (lead.demoRequested() && verdict != Verdict.SQL) {
      found.add(warnings[WarningCode.DEMO_BEFORE_QUALIFIED.ordinal()]);
    }
    if (anyAssumed(lead)) {
      found.add(warnings[WarningCode.ASSUMPTION.ordinal()]);
    }
    if (singleThreaded(lead.decisionProcess())) {
      found.add(warnings[WarningCode.SINGLE_THREADED.ordinal()]);
    }
    if (urgency.reason == null && urgency.onlyBareDeadlines) {
      found.add(warnings[WarningCode.DEADLINE_WITHOUT_CONSEQUENCE.ordinal()]);
    }
    return found;
  }

  static boolean anyAssumed(Lead lead) {
    for (Problem p : lead.problems()) {
      if (p.basis() == Basis.ASSUMED) {
        return true;
      }
    }
    for (UrgencyTrigger t : lead.triggers()) {
      if (t.basis() == Basis.ASSUMED) {
        return true;
      }
    }
    DecisionProcess process = lead.decisionProcess();
    if (process != null) {
      for (Stakeholder s : process.stakeholders()) {
        if (s.basis() == Basis.ASSUMED) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean singleThreaded(@Nullable DecisionProcess process) {
    if (process == null || !exists(process)) {
      return false;
    }
    for (Stakeholder s : process.stakeholders()) {
      if (s.basis() == Basis.STATED && !s.firstContact()) {
        return false;
      }
    }
    return true;
  }

  // ---- TEXTS --------------------------------------------------------------------------------

  private CriterionFinding finding(Criterion criterion, @Nullable ReasonCode reason,
      UrgencyOutcome urgency, @Nullable LocalDate revisitOn) {
    if (reason == null) {
      return metFindings[criterion.ordinal()];
    }
    CriterionFinding plain = plainFindings[reason.ordinal()];
    if (plain != null) {
      return plain;
    }
    String key = "reason." + reason.name();
    String message = texts.get(key, String.valueOf(urgency.reasonDate), horizonText);
    if (revisitOn != null) {
      message = message + " " + texts.get("revisit", revisitOn.toString());
    }
    return CriterionFinding.unmet(reason, message);
  }

  private void addQuestions(Set<String> questions, @Nullable ReasonCode reason) {
    if (reason != null) {
      questions.addAll(reasonQuestions[reason.ordinal()]);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String>[] newListArray(int size) {
    return (List<String>[]) new List<?>[size];
  }

  private List<String> questionsFor(String prefix, Criterion criterion) {
    List<String> specific = texts.list(prefix);
    return specific.isEmpty() ? texts.list("questions." + criterion.name()) : specific;
  }
}
