package io.github.fourfold.report;

import io.github.fourfold.Criterion;
import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.ReasonCode;
import io.github.fourfold.Warning;
import io.github.fourfold.WarningCode;
import io.github.fourfold.internal.text.Placeholders;
import io.github.fourfold.internal.text.Questions;
import io.github.fourfold.internal.text.Texts;
import io.github.fourfold.model.Lead;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The article's example questions, in one language, addressable by criterion, by reason, by
 * warning and by call step: what a rep should ask next.
 *
 * <p>The Dutch questions are the article's originals, word for word; the English ones translate
 * them. Questions come from resource bundles (keys {@code questions.<Criterion>.<n>},
 * {@code questions.<ReasonCode>.<n>}, {@code questions.<WarningCode>.<n>},
 * {@code questions.CONTEXT.<n>}, {@code questions.NEXT_STEP.<n>}), so a vendor can add a language
 * or replace wording without code: see the {@linkplain io.github.fourfold.report package
 * documentation}. The article's questions keep its placeholders ({@code [process]},
 * {@code [date]}): they are for the rep to fill in while talking, and the {@link CallPlan} shows
 * them so. Next questions never have them: {@link #nextQuestions(Lead, QualificationResult)}
 * fills the date from the lead's earliest deadline on or after the reference date, and otherwise
 * words the question without it ("... sorted out in time?"; the lead has no field for the work
 * process, so "for [process]" becomes "for this").
 *
 * <p>The default rule fills {@link QualificationResult#nextQuestions()} with exactly
 * {@link #nextQuestions(Lead, QualificationResult)} of its policy's language. Instances are
 * immutable and thread-safe.
 */
public final class QuestionBank {
  private final Texts texts;

  private QuestionBank(Texts texts) {
    this.texts = texts;
  }

  /**
   * The questions in a language; languages without a bundle get English.
   *
   * @param locale the language, e.g. {@code Locale.ENGLISH} or {@code Locale.forLanguageTag("nl")}
   * @return the question bank
   */
  public static QuestionBank of(Locale locale) {
    return new QuestionBank(Texts.of(locale));
  }

  /**
   * The language this bank was asked for.
   *
   * @return the locale given to {@link #of(Locale)}
   */
  public Locale locale() {
    return texts.locale();
  }

  /**
   * The article's example questions for a criterion, in the article's order.
   *
   * @param criterion the criterion
   * @return three questions for each criterion with the built-in texts
   */
  public List<String> forCriterion(Criterion criterion) {
    return Questions.forCriterion(texts, criterion);
  }

  /**
   * The questions that address a reason best: the reason's own, or else its criterion's.
   *
   * @param reason why a criterion is not met
   * @return at least one question with the built-in texts
   */
  public List<String> forReason(ReasonCode reason) {
    return Questions.forReason(texts, reason);
  }

  /**
   * The questions that address a pitfall.
   *
   * @param warning the warning
   * @return at least one question with the built-in texts
   */
  public List<String> forWarning(WarningCode warning) {
    return Questions.forWarning(texts, warning);
  }

  /**
   * The questions for a step of the call: a criterion's example questions, or the opening and
   * closing questions for {@link CallTopic#CONTEXT} and {@link CallTopic#NEXT_STEP}.
   *
   * @param topic the step
   * @return the questions
   */
  public List<String> forTopic(CallTopic topic) {
    Criterion criterion = topic.criterion();
    return criterion != null ? forCriterion(criterion) : texts.list("questions." + topic.name());
  }

  /**
   * The questions to ask next about a qualified lead, in this bank's language, as the default
   * rule asks them: {@link #nextQuestions(QualificationResult)} with the date filled from the
   * lead's earliest deadline on or after the result's date, when it has one.
   *
   * @param lead the lead the result is about
   * @param result a result
   * @return the questions, without placeholders, each once
   */
  public List<String> nextQuestions(Lead lead, QualificationResult result) {
    return Placeholders.fill(templates(result), texts, Placeholders.deadline(lead, result.asOf()));
  }

  /**
   * The questions to ask next about a qualified lead, in this bank's language: for each unmet
   * criterion with a standard reason (in order) {@link #forReason}, then for each standard
   * warning {@link #forWarning}, each question once, worded without placeholders. A custom
   * qualifier's own reasons and warnings have no questions here; the questions it adds itself
   * are in {@link QualificationResult#nextQuestions()}.
   *
   * @param result a result
   * @return the questions, empty for a sales-qualified lead without warnings
   */
  public List<String> nextQuestions(QualificationResult result) {
    return Placeholders.fill(templates(result), texts, null);
  }

  /**
   * The questions of a result that no built-in bank asks for its standard reasons and warnings,
   * as the article words them or as next questions: those a custom qualifier added.
   *
   * @param result a result
   * @param locale the language of the report
   * @return the result's own questions, in its order
   */
  static List<String> customQuestions(QualificationResult result, Locale locale) {
    List<QuestionBank> banks = List.of(of(locale), of(Locale.ENGLISH), of(DUTCH));
    List<List<String>> templates = new ArrayList<>();
    for (QuestionBank bank : banks) {
      templates.add(bank.templates(result));
    }
    List<String> custom = new ArrayList<>();
    for (String question : result.nextQuestions()) {
      boolean own = false;
      for (int i = 0; i < banks.size() && !own; i++) {
        own = Placeholders.isFilledFrom(question, templates.get(i), banks.get(i).texts);
      }
      if (!own) {
        custom.add(question);
      }
    }
    return custom;
  }

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private List<String> templates(QualificationResult result) {
    Set<String> questions = new LinkedHashSet<>();
    for (CriterionFinding finding : result.unmetFindings()) {
      ReasonCode reason = finding.standardReason();
      if (reason != null) {
        questions.addAll(forReason(reason));
      }
    }
    for (Warning warning : result.warnings()) {
      WarningCode code = standard(warning);
      if (code != null) {
        questions.addAll(forWarning(code));
      }
    }
    return List.copyOf(questions);
  }

  /** The standard code of a warning, or null for a custom one. */
  static @Nullable WarningCode standard(Warning warning) {
    for (WarningCode code : WarningCode.values()) {
      if (code.name().equals(warning.code())) {
        return code;
      }
    }
    return null;
  }

  /** {@return the bank's language, for logs, e.g. {@code QuestionBank{nl}}} */
  @Override
  public String toString() {
    return "QuestionBank{" + locale().toLanguageTag() + "}";
  }
}
