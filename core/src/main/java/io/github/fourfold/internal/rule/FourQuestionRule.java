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
import io.github.fourfold.internal.ResultAccess;
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
import io.github.fourfold.report.QuestionBank;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The default four-question rule, exactly as {@code docs/qualification-rule.md} (version 1) states it.
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
  /** By reason ordinal: the message pattern. */
  private final String[] patterns = new String[ReasonCode.values().length];
  private final String revisitPattern;
  // Results share immutable lists: the warnings by bit mask, and (filled on first use; racy but
  // safe, as the lists are immutable) the findings of outcomes whose messages carry no date and
  // the questions of each outcome and warning mask.
  @SuppressWarnings("unchecked")
  private final List<Warning>[] warningLists = (List<Warning>[]) new List<?>[1 << WarningCode.values().length];
  @SuppressWarnings("unchecked")
  private final @Nullable List<CriterionFinding>[] criteriaLists = (List<CriterionFinding>[]) new List<?>[combos()];
  private final @Nullable Questions[] questionLists = new Questions[combos() << WarningCode.values().length];

  /**
   * The next questions of one outcome and warning mask: worded without placeholders, and, when
   * one of them has a date to fill from the lead, the article's templates.
   */
  private static final class Questions {
    final List<String> undated;
    final @Nullable List<String> datedTemplates;

    Questions(List<String> undated, @Nullable List<String> datedTemplates) {
      this.undated = undated;
      this.datedTemplates = datedTemplates;
    }
  }
  // By outcome and warning mask: the last result whose messages carry no date. A lead with the
  // same outcome on the same date gets a copy with its own id, which skips the list checks of the
  // all-attributes constructor (on Java 17 they cost more than the rest of the rule).
  private final @Nullable QualificationResult[] templates =
      new QualificationResult[combos() << WarningCode.values().length];

  /** The horizon's window around the last asOf: callers judge many leads on one date. */
  private static final class Window {
    final LocalDate asOf;
    final LocalDate earliest;
    final LocalDate latest;

    Window(LocalDate asOf, LocalDate earliest, LocalDate latest) {
      this.asOf = asOf;
      this.earliest = earliest;
      this.latest = latest;
    }
  }

  // Racy but safe: Window is immutable with final fields; a lost update only recomputes.
  private volatile Window window = new Window(LocalDate.MIN, LocalDate.MIN, LocalDate.MIN);

  private FourQuestionRule(QualificationPolicy policy) {
    this.policy = policy;
    this.horizon = policy.horizon();
    this.texts = Texts.of(policy.locale());
    this.horizonText = PeriodText.describe(horizon, texts);
    this.revisitPattern = texts.get("revisit");
    // The questions come from the same bank the report package serves, so they cannot differ.
    QuestionBank questions = QuestionBank.of(policy.locale());
    for (Criterion criterion : Criterion.values()) {
      metFindings[criterion.ordinal()] = CriterionFinding.met(criterion);
    }
    reasonQuestions = newListArray(ReasonCode.values().length);
    for (ReasonCode code : ReasonCode.values()) {
      String message = texts.get("reason." + code.name());
      patterns[code.ordinal()] = message;
      if (!message.contains("{")) {
        plainFindings[code.ordinal()] = CriterionFinding.unmet(code, message);
      }
      reasonQuestions[code.ordinal()] = questions.forReason(code);
    }
    warningQuestions = newListArray(WarningCode.values().length);
    for (WarningCode code : WarningCode.values()) {
      warnings[code.ordinal()] = Warning.of(code, texts.get("warning." + code.name()));
      warningQuestions[code.ordinal()] = questions.forWarning(code);
    }
    for (int mask = 0; mask < warningLists.length; mask++) {
      List<Warning> list = new ArrayList<>();
      for (WarningCode code : WarningCode.values()) {
        if ((mask & (1 << code.ordinal())) != 0) {
          list.add(warnings[code.ordinal()]);
        }
      }
      warningLists[mask] = List.copyOf(list);
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
    Window w = window;
    if (!w.asOf.equals(asOf)) {
      w = new Window(asOf, minus(asOf, horizon), plus(asOf, horizon));
      window = w;
    }
    LocalDate latest = w.latest;
    LocalDate earliest = w.earliest;

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

    int combo = combo(situation, problem, urgency.reason, decision);
    int warningMask = warningMask(lead, verdict, urgency);
    int key = combo * warningLists.length + warningMask;
    List<Warning> found = warningLists[warningMask];
    Questions asked = questionLists[key];
    if (asked == null) {
      asked = questions(situation, problem, urgency.reason, decision, found);
      questionLists[key] = asked;
    }
    List<String> questions = asked.undated;
    List<String> datedTemplates = asked.datedTemplates;
    if (datedTemplates != null) {
      LocalDate deadline = Placeholders.deadline(lead, asOf);
      if (deadline != null) {
        questions = Placeholders.fill(datedTemplates, texts, deadline);
      }
    }
    QualificationResult template = templates[key];
    if (template != null && template.asOf().equals(asOf) && questions == asked.undated) {
      return ResultAccess.withLeadId(template, lead.id());
    }

    List<CriterionFinding> criteria = criteriaLists[combo];
    if (criteria == null) {
      criteria = List.of(
          finding(Criterion.SITUATION, situation, urgency, revisitOn),
          finding(Criterion.PROBLEM, problem, urgency, revisitOn),
          finding(Criterion.URGENCY, urgency.reason, urgency, revisitOn),
          finding(Criterion.DECISION, decision, urgency, revisitOn));
      if (isPlain(situation) && isPlain(problem) && isPlain(urgency.reason) && isPlain(decision)) {
        criteriaLists[combo] = criteria;
      }
    }


    QualificationResult result =
        QualificationResult.of(lead.id(), verdict, asOf, criteria, found, revisitOn, questions, FOUR_QUESTION_ID);
    // Only results that hold nothing of this lead but its id: no dated message, no revisit date.
    // (A revisit date comes with URGENCY_BEYOND_HORIZON, so every lead with this key has one.)
    if (criteria == criteriaLists[combo] && revisitOn == null && questions == asked.undated) {
      templates[key] = result;
    }
    return result;
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

  /** How urgency came out: the reason (null when met) and what its message and revisit date need. */
  static final class UrgencyOutcome {
    final @Nullable ReasonCode reason;
    /** For beyond-horizon, expired and stale: the failing trigger date nearest to asOf. */
    final @Nullable LocalDate reasonDate;
    final @Nullable LocalDate revisitOn;
    /** Whether every counting trigger is a deadline with a blank consequence. */
    final boolean onlyBareDeadlines;

    static final UrgencyOutcome UNKNOWN = new UrgencyOutcome(ReasonCode.URGENCY_UNKNOWN, null, null, false);
    static final UrgencyOutcome MET = new UrgencyOutcome(null, null, null, false);
    static final UrgencyOutcome MET_BARE = new UrgencyOutcome(null, null, null, true);
    /** By reason ordinal: the outcomes whose message carries no date. */
    static final UrgencyOutcome[] UNDATED = new UrgencyOutcome[ReasonCode.values().length];

    static {
      for (ReasonCode code : ReasonCode.values()) {
        UNDATED[code.ordinal()] = new UrgencyOutcome(code, null, null, false);
      }
    }

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
      return UrgencyOutcome.UNKNOWN;
    }
    boolean anyCounts = false;
    boolean onlyBareDeadlines = true;
    int best = URGENCY_PRECEDENCE.length;
    // Per failing code: the date to name in the message (the nearest one to asOf).
    @Nullable LocalDate beyond = null;
    @Nullable LocalDate expired = null;
    @Nullable LocalDate stale = null;
    for (int i = 0, n = triggers.size(); i < n; i++) {
      UrgencyTrigger trigger = triggers.get(i);
      @Nullable ReasonCode code = judge(trigger, asOf, earliest, latest);
      if (code == null) {
        anyCounts = true;
        onlyBareDeadlines = onlyBareDeadlines
            && trigger.kind() == TriggerKind.DEADLINE && isBlank(trigger.consequence());
        if (!onlyBareDeadlines) {
          // Met, and no later trigger can change that or bring back the deadline warning.
          return UrgencyOutcome.MET;
        }
        continue;
      }
      for (int j = 0; j < best; j++) {
        if (URGENCY_PRECEDENCE[j] == code) {
          best = j;
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
      return onlyBareDeadlines ? UrgencyOutcome.MET_BARE : UrgencyOutcome.MET;
    }
    ReasonCode reason = URGENCY_PRECEDENCE[best];
    return switch (reason) {
      // The earliest nurture date of all beyond-horizon triggers is that of the nearest one,
      // since the first day a date counts grows with the date.
      case URGENCY_BEYOND_HORIZON ->
          new UrgencyOutcome(reason, beyond, beyond == null ? null : firstDayCounting(beyond), false);
      case URGENCY_EXPIRED -> new UrgencyOutcome(reason, expired, null, false);
      case URGENCY_STALE -> new UrgencyOutcome(reason, stale, null, false);
      default -> UrgencyOutcome.UNDATED[reason.ordinal()];
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

  // ---- WARNINGS -----------------------------------------------------------------------------

  private static int warningMask(Lead lead, Verdict verdict, UrgencyOutcome urgency) {
    int mask = 0;
    if (lead.demoRequested() && verdict != Verdict.SQL) {
      mask |= 1 << WarningCode.DEMO_BEFORE_QUALIFIED.ordinal();
    }
    if (anyAssumed(lead)) {
      mask |= 1 << WarningCode.ASSUMPTION.ordinal();
    }
    if (singleThreaded(lead.decisionProcess())) {
      mask |= 1 << WarningCode.SINGLE_THREADED.ordinal();
    }
    if (urgency.reason == null && urgency.onlyBareDeadlines) {
      mask |= 1 << WarningCode.DEADLINE_WITHOUT_CONSEQUENCE.ordinal();
    }
    return mask;
  }

  // ---- PRECOMPUTED LISTS --------------------------------------------------------------------

  /** Per criterion: the ordinal of its first reason code, and how many outcomes it has (met + reasons). */
  // A holder class, so that these exist before DEFAULT is constructed.
  private static final class Outcomes {
    static final int[] FIRST_REASON = new int[Criterion.values().length];
    static final int[] OUTCOMES = new int[Criterion.values().length];

    static {
      java.util.Arrays.fill(FIRST_REASON, -1);
      for (ReasonCode code : ReasonCode.values()) {
        int c = code.criterion().ordinal();
        if (FIRST_REASON[c] < 0) {
          FIRST_REASON[c] = code.ordinal();
        }
        OUTCOMES[c]++;
      }
      for (int c = 0; c < OUTCOMES.length; c++) {
        OUTCOMES[c]++; // met
      }
    }
  }

  private static int outcome(Criterion criterion, @Nullable ReasonCode reason) {
    return reason == null ? 0 : reason.ordinal() - Outcomes.FIRST_REASON[criterion.ordinal()] + 1;
  }

  /** One index for the four criteria's outcomes. */
  private static int combo(@Nullable ReasonCode situation, @Nullable ReasonCode problem,
      @Nullable ReasonCode urgency, @Nullable ReasonCode decision) {
    int p = Criterion.PROBLEM.ordinal();
    int u = Criterion.URGENCY.ordinal();
    int d = Criterion.DECISION.ordinal();
    return ((outcome(Criterion.SITUATION, situation) * Outcomes.OUTCOMES[p] + outcome(Criterion.PROBLEM, problem))
        * Outcomes.OUTCOMES[u] + outcome(Criterion.URGENCY, urgency)) * Outcomes.OUTCOMES[d] + outcome(Criterion.DECISION, decision);
  }

  private static int combos() {
    int n = 1;
    for (int outcomes : Outcomes.OUTCOMES) {
      n *= outcomes;
    }
    return n;
  }

  private boolean isPlain(@Nullable ReasonCode reason) {
    return reason == null || plainFindings[reason.ordinal()] != null;
  }

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
    // One builder for the whole sentence: no key strings, no intermediate texts.
    String pattern = patterns[reason.ordinal()];
    StringBuilder out = new StringBuilder(pattern.length() + revisitPattern.length() + 24);
    render(out, pattern, urgency.reasonDate);
    if (revisitOn != null) {
      out.append(' ');
      render(out, revisitPattern, revisitOn);
    }
    return CriterionFinding.unmet(reason, out.toString());
  }

  /** Appends a pattern with {0} as the date and {1} as the horizon in words. */
  private void render(StringBuilder out, String pattern, @Nullable LocalDate date) {
    int from = 0;
    for (int i = pattern.indexOf('{'); i >= 0 && i + 2 < pattern.length(); i = pattern.indexOf('{', i + 1)) {
      char index = pattern.charAt(i + 1);
      if (pattern.charAt(i + 2) == '}' && (index == '0' || index == '1')) {
        out.append(pattern, from, i);
        if (index == '0') {
          appendDate(out, date);
        } else {
          out.append(horizonText);
        }
        from = i + 3;
      }
    }
    out.append(pattern, from, pattern.length());
  }

  /** ISO yyyy-mm-dd, as LocalDate.toString() writes it, without its intermediate builder. */
  private static void appendDate(StringBuilder out, @Nullable LocalDate date) {
    if (date == null || date.getYear() < 1 || date.getYear() > 9999) {
      out.append(date);
      return;
    }
    int y = date.getYear();
    int m = date.getMonthValue();
    int d = date.getDayOfMonth();
    out.append((char) ('0' + y / 1000)).append((char) ('0' + y / 100 % 10))
        .append((char) ('0' + y / 10 % 10)).append((char) ('0' + y % 10)).append('-')
        .append((char) ('0' + m / 10)).append((char) ('0' + m % 10)).append('-')
        .append((char) ('0' + d / 10)).append((char) ('0' + d % 10));
  }

  /** The next questions of an outcome, from the article's templates (placeholders: see Placeholders). */
  private Questions questions(@Nullable ReasonCode situation, @Nullable ReasonCode problem,
      @Nullable ReasonCode urgency, @Nullable ReasonCode decision, List<Warning> found) {
    Set<String> set = new LinkedHashSet<>();
    addQuestions(set, situation);
    addQuestions(set, problem);
    addQuestions(set, urgency);
    addQuestions(set, decision);
    for (Warning warning : found) {
      set.addAll(warningQuestions[WarningCode.valueOf(warning.code()).ordinal()]);
    }
    List<String> templates = List.copyOf(set);
    boolean dated = false;
    for (String question : templates) {
      dated |= Placeholders.hasDate(question, texts);
    }
    return new Questions(Placeholders.fill(templates, texts, null), dated ? templates : null);
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
}
