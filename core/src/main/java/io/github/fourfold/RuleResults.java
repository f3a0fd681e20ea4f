package io.github.fourfold;

import io.github.fourfold.internal.rule.FourQuestionJudge;
import io.github.fourfold.internal.text.PeriodText;
import io.github.fourfold.internal.text.Placeholders;
import io.github.fourfold.internal.text.Questions;
import io.github.fourfold.internal.text.Texts;
import io.github.fourfold.model.Lead;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns the default rule's judgements into results, fast: the findings, warnings and questions of
 * an outcome are made once per policy and shared by every result with that outcome, and a lead
 * with the same outcome as an earlier one on the same date gets a copy of that result with its
 * own id. Only what holds nothing of a lead but its id is shared: a question with the article's
 * {@code [date]} is filled from each lead's own deadline (see {@code Placeholders}), and a result
 * with such a question is neither reused nor kept.
 *
 * <p>An outcome is the four criteria's reasons (or met) and the set of warnings; {@link #key}
 * numbers every outcome with its own slot, whatever order the enums declare their constants in
 * ({@code RuleResultsTest} checks that no two outcomes share one).
 *
 * <p>Package-private, so nothing outside this package can supply or replace what it returns;
 * only the API package can call the generated class's copy path it relies on.
 */
final class RuleResults implements FourQuestionJudge.Assembler<QualificationResult> {
  private static final Criterion[] CRITERIA = Criterion.values();

  /** Per criterion: its reasons, in declaration order; an outcome is met (0) or 1 + an index here. */
  private static final Map<Criterion, List<ReasonCode>> REASONS = reasonsByCriterion();
  /** Per reason: 1 + its index among its criterion's reasons. */
  private static final Map<ReasonCode, Integer> POSITION = positions();
  /** How many outcomes (met + reasons) each criterion has. */
  private static final int SITUATIONS = outcomes(Criterion.SITUATION);
  private static final int PROBLEMS = outcomes(Criterion.PROBLEM);
  private static final int URGENCIES = outcomes(Criterion.URGENCY);
  private static final int DECISIONS = outcomes(Criterion.DECISION);
  /** How many combinations of the four criteria's outcomes there are. */
  static final int COMBOS = SITUATIONS * PROBLEMS * URGENCIES * DECISIONS;
  /** How many warning sets there are. */
  static final int WARNING_SETS = 1 << WarningCode.values().length;
  /** How many deadlines' texts are kept. */
  private static final int DATE_SLOTS = 512;

  private final Texts texts;
  private final String horizonText;
  private final String revisitPattern;
  private final Map<Criterion, CriterionFinding> metFindings = new EnumMap<>(Criterion.class);
  /** The findings of reasons whose message carries no date. */
  private final Map<ReasonCode, CriterionFinding> plainFindings = new EnumMap<>(ReasonCode.class);
  private final Map<ReasonCode, String> patterns = new EnumMap<>(ReasonCode.class);
  private final Map<ReasonCode, List<String>> reasonQuestions = new EnumMap<>(ReasonCode.class);
  private final Map<WarningCode, List<String>> warningQuestions = new EnumMap<>(WarningCode.class);
  /** By warning set. */
  private final List<List<Warning>> warningLists;
  // Filled on first use; racy but safe, as what they hold is immutable. By combination: the
  // findings of outcomes whose messages carry no date. By key: the questions (as Asked), and the last result
  // whose messages carry no date (a lead with that outcome on that date gets a copy with its own
  // id, which skips the list checks of a new result: on Java 17 they cost more than judging).
  private final @Nullable List<CriterionFinding>[] findingLists;
  private final @Nullable Asked[] questionLists;
  private final @Nullable ImmutableQualificationResult[] templates;
  /** The text of recent deadlines, by day (see {@link #dateText}). */
  private final @Nullable DateText[] dateTexts = new DateText[DATE_SLOTS];

  @SuppressWarnings("unchecked")
  RuleResults(QualificationPolicy policy) {
    Texts texts = Texts.of(policy.locale());
    this.texts = texts;
    this.horizonText = PeriodText.describe(policy.horizon(), texts);
    this.revisitPattern = texts.get("revisit");
    for (Criterion criterion : CRITERIA) {
      metFindings.put(criterion, CriterionFinding.met(criterion));
    }
    for (ReasonCode code : ReasonCode.values()) {
      String message = texts.get("reason." + code.name());
      patterns.put(code, message);
      if (!message.contains("{")) {
        plainFindings.put(code, CriterionFinding.unmet(code, message));
      }
      reasonQuestions.put(code, Questions.forReason(texts, code));
    }
    List<Warning> warnings = new ArrayList<>();
    for (WarningCode code : WarningCode.values()) {
      warnings.add(Warning.of(code, texts.get("warning." + code.name())));
      warningQuestions.put(code, Questions.forWarning(texts, code));
    }
    List<List<Warning>> lists = new ArrayList<>(WARNING_SETS);
    for (int set = 0; set < WARNING_SETS; set++) {
      List<Warning> list = new ArrayList<>();
      for (Warning warning : warnings) {
        if ((set & FourQuestionJudge.bit(WarningCode.valueOf(warning.code()))) != 0) {
          list.add(warning);
        }
      }
      lists.add(List.copyOf(list));
    }
    this.warningLists = List.copyOf(lists);
    this.findingLists = (List<CriterionFinding>[]) new List<?>[COMBOS];
    this.questionLists = new Asked[COMBOS * WARNING_SETS];
    this.templates = new ImmutableQualificationResult[COMBOS * WARNING_SETS];
  }


  @Override
  public QualificationResult assemble(Lead lead, LocalDate asOf, Verdict verdict,
      @Nullable ReasonCode situation, @Nullable ReasonCode problem, @Nullable ReasonCode urgency,
      @Nullable ReasonCode decision, int warnings, @Nullable LocalDate urgencyDate,
      @Nullable LocalDate revisitOn) {
    int combo = combo(situation, problem, urgency, decision);
    int key = key(combo, warnings);
    Asked asked = questionLists[key];
    if (asked == null) {
      asked = questions(situation, problem, urgency, decision, warnings);
      questionLists[key] = asked;
    }
    List<String> questions = asked.undated;
    Placeholders.Dated dated = asked.dated;
    if (dated != null) {
      LocalDate deadline = Placeholders.deadline(lead, asOf);
      if (deadline != null) {
        questions = dated.fill(dateText(deadline));
      }
    }
    ImmutableQualificationResult template = templates[key];
    // A template holds the undated questions, so only a lead whose questions are those reuses it.
    if (template != null && template.asOf().equals(asOf) && questions == asked.undated) {
      return template.withLeadId(lead.id());
    }

    List<CriterionFinding> findings = findingLists[combo];
    if (findings == null) {
      findings = List.of(
          finding(Criterion.SITUATION, situation, urgencyDate, revisitOn),
          finding(Criterion.PROBLEM, problem, urgencyDate, revisitOn),
          finding(Criterion.URGENCY, urgency, urgencyDate, revisitOn),
          finding(Criterion.DECISION, decision, urgencyDate, revisitOn));
      if (isPlain(situation) && isPlain(problem) && isPlain(urgency) && isPlain(decision)) {
        findingLists[combo] = findings;
      }
    }

    List<Warning> found = warningLists.get(warnings);
    // overshadowImplementation types the factory's result as the abstract class.
    ImmutableQualificationResult result = (ImmutableQualificationResult) ImmutableQualificationResult.of(
        lead.id(), verdict, asOf, findings, found, revisitOn, questions, Qualifier.FOUR_QUESTION_ID);
    // Only results that hold nothing of this lead but its id: no dated message or question, no
    // revisit date. (A revisit date comes with URGENCY_BEYOND_HORIZON, so every lead with this
    // key has one.)
    if (findings == findingLists[combo] && revisitOn == null && questions == asked.undated) {
      templates[key] = result;
    }
    return result;
  }

  // ---- KEYS ---------------------------------------------------------------------------------

  /**
   * One number per combination of the four criteria's outcomes, in {@code [0, COMBOS)}: the
   * outcomes as digits with as many values as each criterion has outcomes.
   */
  static int combo(@Nullable ReasonCode situation, @Nullable ReasonCode problem,
      @Nullable ReasonCode urgency, @Nullable ReasonCode decision) {
    return ((outcome(situation) * PROBLEMS + outcome(problem)) * URGENCIES + outcome(urgency))
        * DECISIONS + outcome(decision);
  }

  /** One number per combination and warning set, in {@code [0, COMBOS * WARNING_SETS)}. */
  static int key(int combo, int warnings) {
    return combo * WARNING_SETS + warnings;
  }

  /** 0 for met, else 1 + the reason's index among its criterion's reasons. */
  private static int outcome(@Nullable ReasonCode reason) {
    return reason == null ? 0 : get(POSITION, reason);
  }

  private static Map<Criterion, List<ReasonCode>> reasonsByCriterion() {
    Map<Criterion, List<ReasonCode>> reasons = new EnumMap<>(Criterion.class);
    for (Criterion criterion : CRITERIA) {
      List<ReasonCode> own = new ArrayList<>();
      for (ReasonCode code : ReasonCode.values()) {
        if (code.criterion() == criterion) {
          own.add(code);
        }
      }
      reasons.put(criterion, List.copyOf(own));
    }
    return reasons;
  }

  private static Map<ReasonCode, Integer> positions() {
    Map<ReasonCode, Integer> positions = new EnumMap<>(ReasonCode.class);
    for (List<ReasonCode> own : REASONS.values()) {
      for (int i = 0; i < own.size(); i++) {
        positions.put(own.get(i), i + 1);
      }
    }
    return positions;
  }

  private static int outcomes(Criterion criterion) {
    return 1 + get(REASONS, criterion).size();
  }

  // ---- TEXTS --------------------------------------------------------------------------------

  private boolean isPlain(@Nullable ReasonCode reason) {
    return reason == null || plainFindings.containsKey(reason);
  }

  private CriterionFinding finding(Criterion criterion, @Nullable ReasonCode reason,
      @Nullable LocalDate urgencyDate, @Nullable LocalDate revisitOn) {
    if (reason == null) {
      return get(metFindings, criterion);
    }
    CriterionFinding plain = plainFindings.get(reason);
    if (plain != null) {
      return plain;
    }
    // One builder for the whole sentence: no key strings, no intermediate texts.
    String pattern = get(patterns, reason);
    StringBuilder out = new StringBuilder(pattern.length() + revisitPattern.length() + 24);
    render(out, pattern, urgencyDate);
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

  /** A date and its text. */
  private static final class DateText {
    final LocalDate date;
    final String text;

    DateText(LocalDate date, String text) {
      this.date = date;
      this.text = text;
    }
  }

  /**
   * The text of a deadline ({@code String.valueOf(date)}), kept for recent dates by day: the leads
   * of one batch share few deadlines, so most get a text made for an earlier lead. Bounded
   * ({@value #DATE_SLOTS} slots); a slot holds one immutable entry, so no lock is needed.
   */
  private String dateText(LocalDate date) {
    int slot = (int) Math.floorMod(date.toEpochDay(), (long) DATE_SLOTS);
    DateText kept = dateTexts[slot];
    if (kept != null && kept.date.equals(date)) {
      return kept.text;
    }
    String text = String.valueOf(date);
    dateTexts[slot] = new DateText(date, text);
    return text;
  }

  /**
   * The next questions of one outcome and warning set: worded without placeholders, and, when
   * one of them has a date to fill from the lead, prepared for that date.
   */
  private static final class Asked {
    final List<String> undated;
    final Placeholders.@Nullable Dated dated;

    Asked(List<String> undated, Placeholders.@Nullable Dated dated) {
      this.undated = undated;
      this.dated = dated;
    }
  }

  /** The next questions of an outcome, from the article's templates (see Placeholders). */
  private Asked questions(@Nullable ReasonCode situation, @Nullable ReasonCode problem,
      @Nullable ReasonCode urgency, @Nullable ReasonCode decision, int warnings) {
    Set<String> set = new LinkedHashSet<>();
    addQuestions(set, situation);
    addQuestions(set, problem);
    addQuestions(set, urgency);
    addQuestions(set, decision);
    for (Map.Entry<WarningCode, List<String>> entry : warningQuestions.entrySet()) {
      if ((warnings & FourQuestionJudge.bit(entry.getKey())) != 0) {
        set.addAll(entry.getValue());
      }
    }
    List<String> templates = List.copyOf(set);
    boolean dated = false;
    for (String question : templates) {
      dated |= Placeholders.hasDate(question, texts);
    }
    return new Asked(Placeholders.fill(templates, texts, null), dated ? Placeholders.prepare(templates, texts) : null);
  }

  private void addQuestions(Set<String> questions, @Nullable ReasonCode reason) {
    if (reason != null) {
      questions.addAll(get(reasonQuestions, reason));
    }
  }

  /** A value of a table that has one for every constant of its key's enum. */
  private static <K, V> V get(Map<K, V> table, K key) {
    return Objects.requireNonNull(table.get(key), "complete by construction");
  }
}
