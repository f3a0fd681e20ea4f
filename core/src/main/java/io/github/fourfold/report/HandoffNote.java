package io.github.fourfold.report;

import io.github.fourfold.InvalidValueException;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Verdict;
import io.github.fourfold.internal.rule.FourQuestionJudge;
import io.github.fourfold.model.Contact;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Money;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.UrgencyTrigger;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What the article says to record after every call, for the handoff to a colleague and for the
 * rep's own follow-up: the situation in two or three sentences, the core problem with what it
 * costs a year, the urgency trigger, who is involved in the decision, and the verdict with why.
 *
 * <p>Make one with {@link #of(Lead, QualificationResult)} after qualifying the lead, then write it
 * with {@link #toText()} or {@link #toMarkdown()}, in the language of its {@link HandoffOptions}. The parts:
 *
 * <ul>
 *   <li><b>Situation</b>: the lead's summary; without one, sentences built from the installed
 *       base, team size and since when.
 *   <li><b>Core problem</b> ({@link #coreProblem()}): the counting problem with the largest
 *       yearly cost ({@link #yearlyCost()}), as the rule spec defines it; with no
 *       counting problem the note says so and shows the first one recorded.
 *   <li><b>Urgency</b> ({@link #urgencyTrigger()}): the first trigger that counts, else the first
 *       trigger.
 *   <li><b>Decision</b> ({@link #involved()}): each person's title and what they do (selects,
 *       negotiates, approves, signs above an amount, ...), plus the process, timeline and
 *       decision date. Names only with {@link HandoffOptions#includeNames()}.
 *   <li><b>Custom criteria</b>: after the four, each finding of a custom qualifier, in the
 *       result's order, labelled with its criterion code: met, or not met with its reason code.
 *   <li><b>Verdict</b>: for an SQL the article's "there is a concrete problem, urgency, and the
 *       decision process is clear"; otherwise each unmet criterion's message, custom ones
 *       included, in the result's order.
 *   <li><b>Watch out</b>: every warning of the result.
 *   <li><b>Ask next</b>, whenever there are questions: the question bank's for the standard
 *       reasons and warnings (placeholders filled from the lead, see {@link QuestionBank}), then
 *       every question of {@link QualificationResult#nextQuestions()} a custom qualifier added.
 * </ul>
 *
 * <p>The note is written in its {@link #locale()}, whatever language the result was made in:
 * the default rule's messages and the questions are taken again from the bundles (with the
 * horizon of the {@link HandoffOptions}); only a custom qualifier's own messages are copied as
 * they are. What the lead's people said (the summary, problem statements, trigger descriptions)
 * is shown as recorded, on one line each, and escaped in Markdown.
 */
@Value.Immutable
public abstract class HandoffNote {
  HandoffNote() {}

  /**
   * The lead as the note sees it: without e-mail addresses, phone numbers and custom
   * attributes, and without names unless {@link HandoffOptions#includeNames()}.
   *
   * @return the lead without personal data the note leaves out
   */
  public abstract Lead lead();

  /** {@return the result of qualifying the lead: verdict, findings, warnings} */
  public abstract QualificationResult result();

  /** {@return the horizon the lead was qualified with} */
  public abstract Period horizon();

  /** {@return the language of the labels, messages and questions} */
  public abstract Locale locale();

  /**
   * The note for a qualified lead, without names, in English, for the default twelve-month
   * horizon.
   *
   * @param lead the lead
   * @param result the result of qualifying it
   * @return the note
   * @throws InvalidValueException when the result is about another lead
   */
  public static HandoffNote of(Lead lead, QualificationResult result) {
    return of(lead, result, HandoffOptions.ofDefaults());
  }

  /**
   * The note for a qualified lead.
   *
   * @param lead the lead
   * @param result the result of qualifying it
   * @param options the horizon the lead was qualified with, the language, and whether to name
   *     people
   * @return the note
   * @throws InvalidValueException when the result is about another lead
   */
  public static HandoffNote of(Lead lead, QualificationResult result, HandoffOptions options) {
    return ImmutableHandoffNote.builder()
        .lead(withoutPersonalData(lead, options.includeNames()))
        .result(result)
        .horizon(options.horizon())
        .locale(options.locale())
        .build();
  }

  private static Lead withoutPersonalData(Lead lead, boolean includeNames) {
    Lead.Builder copy = Lead.builder().from(lead).attributes(Map.of());
    Contact contact = lead.contact();
    if (contact != null) {
      copy.contact(Contact.builder().title(contact.title()).name(includeNames ? contact.name() : null).build());
    }
    DecisionProcess process = lead.decisionProcess();
    if (process != null && !includeNames) {
      List<Stakeholder> stakeholders = new ArrayList<>();
      for (Stakeholder s : process.stakeholders()) {
        stakeholders.add(Stakeholder.builder().from(s).name(null).build());
      }
      copy.decisionProcess(DecisionProcess.builder().from(process).stakeholders(stakeholders).build());
    }
    return copy.build();
  }

  /**
   * The verdict.
   *
   * @return the result's verdict
   */
  public final Verdict verdict() {
    return result().verdict();
  }

  /**
   * The core problem: among the problems that count (stated, not unaddressable, quantified) in
   * the currency of the first counting problem with a known yearly cost, the one with the largest
   * yearly cost (the first of equals); when no yearly cost is known, the first counting problem.
   *
   * @return the problem, or null when none counts
   */
  public final @Nullable Problem coreProblem() {
    return ProblemCosts.coreProblem(lead().problems());
  }

  /**
   * What the core problem costs a year: a cost per occurrence times how often it happens a
   * year; a cost per period times the periods in a year (day 365, week 52, month 12, quarter 4,
   * year 1). For the article's example, €15,000 per stop and three stops a year make €45,000.
   *
   * @return the yearly cost, or null when there is no core problem or its yearly cost is unknown
   */
  public final @Nullable Money yearlyCost() {
    Problem core = coreProblem();
    return core == null ? null : ProblemCosts.yearlyCost(core);
  }

  /**
   * The urgency trigger to show: the first one that counts on the result's date with the
   * note's horizon, else the first one recorded.
   *
   * @return the trigger, or null when there are none
   */
  public final @Nullable UrgencyTrigger urgencyTrigger() {
    for (UrgencyTrigger trigger : lead().triggers()) {
      if (FourQuestionJudge.counts(trigger, result().asOf(), horizon())) {
        return trigger;
      }
    }
    return lead().triggers().isEmpty() ? null : lead().triggers().get(0);
  }

  /**
   * The people involved in the decision, in the order recorded; their names are absent unless
   * {@link HandoffOptions#includeNames()}.
   *
   * @return the stakeholders, empty when none are known
   */
  public final List<Stakeholder> involved() {
    DecisionProcess process = lead().decisionProcess();
    return process == null ? List.of() : process.stakeholders();
  }

  /**
   * The note as plain text, one part per line ("Situation: ..."), lists indented with
   * {@code "  - "}.
   *
   * @return the text in the note's {@linkplain #locale() language}, lines ending with {@code \n}
   */
  public final String toText() {
    return NoteWriter.write(this, locale(), false, askNext());
  }

  /**
   * The note as CommonMark: a heading, one paragraph per part with a bold label, bullet lists
   * for the people involved, the reasons, the warnings and the questions.
   *
   * @return the Markdown in the note's {@linkplain #locale() language}, lines ending with
   *     {@code \n}
   */
  public final String toMarkdown() {
    return NoteWriter.write(this, locale(), true, askNext());
  }

  /**
   * The questions under "Ask next": the question bank's for the result's standard reasons and
   * warnings, in the note's language and filled from the lead, then the result's own questions
   * that no built-in bank asks (a custom qualifier's), in the result's order; at least the
   * result's questions when it has some.
   */
  final List<String> askNext() {
    Locale locale = locale();
    List<String> questions = new ArrayList<>(QuestionBank.of(locale).nextQuestions(lead(), result()));
    for (String own : QuestionBank.customQuestions(result(), locale)) {
      if (!questions.contains(own)) {
        questions.add(own);
      }
    }
    if (questions.isEmpty()) {
      questions.addAll(result().nextQuestions());
    }
    return questions;
  }

  @Value.Check
  void check() {
    if (!lead().id().equals(result().leadId())) {
      throw InvalidValueException.of("HandoffNote.result", "the result for the same lead");
    }
    if (horizon().isNegative()) {
      throw InvalidValueException.of("HandoffNote.horizon", "a period that is not negative");
    }
  }
}
