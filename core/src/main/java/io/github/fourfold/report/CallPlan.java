package io.github.fourfold.report;

import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.ReasonCode;
import io.github.fourfold.Warning;
import io.github.fourfold.WarningCode;
import io.github.fourfold.internal.text.Texts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The qualification call to plan: the article's 15&ndash;30 minute conversation whose aim is not
 * to sell but to decide whether a next conversation makes sense, step by step with the minutes
 * and the questions for each step.
 *
 * <p><b>First call</b> ({@link #firstCall(Locale)}): the article's six steps &mdash; context
 * 2 minutes, situation 5, problem 5, urgency 5, decision 5, next step 3 &mdash; 25 minutes, with
 * the article's example questions for each criterion.
 *
 * <p><b>Follow-up call</b> ({@link #followUp(QualificationResult, Locale)}): only what is still
 * open after the last call, then the next step. Precisely:
 *
 * <ul>
 *   <li>a step for each unmet criterion, with the questions for its reason
 *       ({@link QuestionBank#forReason});
 *   <li>a warning adds its questions ({@link QuestionBank#forWarning}) to the step it belongs to,
 *       adding that step if needed: {@code SINGLE_THREADED} to decision,
 *       {@code DEADLINE_WITHOUT_CONSEQUENCE} to urgency, and {@code DEMO_BEFORE_QUALIFIED} and
 *       {@code ASSUMPTION} to context, which in a follow-up is the opening check ("why now?",
 *       "is what we assumed right?");
 *   <li>always the next step, since every call ends with "go on or not, and what then?";
 *   <li>steps keep the article's order and minutes; when they add up to less than 15 minutes and
 *       the plan has a step for a criterion, the missing minutes go to the criterion steps one at
 *       a time, in order, until the call is 15 minutes (one open criterion gets 12 minutes, two get
 *       6 each). The longest possible follow-up is 25 minutes, so a plan with a criterion step
 *       always stays within the article's 15&ndash;30 minutes. Without one the call is short: only
 *       the next step (3 minutes, agree on the handover of a sales-qualified lead), after the
 *       2-minute opening check when a demo was asked for or something was assumed.
 * </ul>
 *
 *
 * <p>Custom qualifiers get time too: when the result has an unmet criterion that is not one of
 * the four, or next questions that are not the question bank's, the plan has an
 * {@link CallTopic#OTHER_CRITERIA} step (5 minutes, before the next step) whose goal names those
 * criteria by their codes, in the result's order, and whose questions are those of the result's
 * {@link QualificationResult#nextQuestions()} that no built-in question bank asks. It counts as
 * a criterion step for the 15-minute minimum, and with it the longest follow-up is 30 minutes.
 *
 * <p>The plan's questions are the article's, with its placeholders ({@code [date]}) for the rep
 * to fill in. Every question of {@link QuestionBank#nextQuestions(QualificationResult)} appears
 * in the follow-up plan, as such or as the article's template, each question once.
 */
@Value.Immutable
public abstract class CallPlan {
  /** The shortest qualification call the article plans, in minutes. */
  public static final int MIN_MINUTES = 15;

  /** The longest qualification call the article plans, in minutes. */
  public static final int MAX_MINUTES = 30;

  CallPlan() {}

  /** Whether a plan is for the first call or a follow-up. */
  public enum Kind {
    /** The first qualification call: all six steps. */
    FIRST_CALL,
    /** A later call: only what is still open. */
    FOLLOW_UP
  }

  /** {@return whether this is a first call or a follow-up} */
  public abstract Kind kind();

  /** {@return the language of the titles, goals and questions} */
  public abstract Locale locale();

  /** {@return the steps, in the article's order} */
  public abstract List<CallStep> steps();

  /**
   * The article's first call in a language: six steps, 25 minutes.
   *
   * @param locale the language
   * @return the plan
   */
  public static CallPlan firstCall(Locale locale) {
    QuestionBank bank = QuestionBank.of(locale);
    Texts texts = Texts.of(locale);
    List<CallStep> steps = new ArrayList<>();
    for (CallTopic topic : CallTopic.values()) {
      if (topic != CallTopic.OTHER_CRITERIA) {
        steps.add(step(texts, topic, topic.minutes(), bank.forTopic(topic)));
      }
    }
    return ImmutableCallPlan.builder().kind(Kind.FIRST_CALL).locale(locale).steps(steps).build();
  }

  /**
   * A follow-up call that covers only what the result leaves open; see the class documentation
   * for exactly which steps, questions and minutes.
   *
   * @param result the result of qualifying the lead after the last call
   * @param locale the language
   * @return the plan
   */
  public static CallPlan followUp(QualificationResult result, Locale locale) {
    QuestionBank bank = QuestionBank.of(locale);
    Map<CallTopic, Set<String>> open = new EnumMap<>(CallTopic.class);
    for (CriterionFinding finding : result.unmetFindings()) {
      ReasonCode reason = finding.standardReason();
      if (reason != null) {
        open.computeIfAbsent(CallTopic.of(reason.criterion()), t -> new LinkedHashSet<>())
            .addAll(bank.forReason(reason));
      }
    }
    for (Warning warning : result.warnings()) {
      WarningCode code = QuestionBank.standard(warning);
      if (code != null) {
        open.computeIfAbsent(topicOf(code), t -> new LinkedHashSet<>()).addAll(bank.forWarning(code));
      }
    }
    List<String> otherCriteria = new ArrayList<>();
    for (CriterionFinding finding : result.unmetFindings()) {
      if (finding.standardCriterion() == null && !otherCriteria.contains(finding.criterionCode())) {
        otherCriteria.add(finding.criterionCode());
      }
    }
    List<String> ownQuestions = QuestionBank.customQuestions(result, locale);
    if (!otherCriteria.isEmpty() || !ownQuestions.isEmpty()) {
      open.computeIfAbsent(CallTopic.OTHER_CRITERIA, t -> new LinkedHashSet<>()).addAll(ownQuestions);
    }
    open.computeIfAbsent(CallTopic.NEXT_STEP, t -> new LinkedHashSet<>())
        .addAll(bank.forTopic(CallTopic.NEXT_STEP));

    Map<CallTopic, Integer> minutes = new EnumMap<>(CallTopic.class);
    int total = 0;
    List<CallTopic> criterionSteps = new ArrayList<>();
    for (CallTopic topic : open.keySet()) {
      minutes.put(topic, topic.minutes());
      total += topic.minutes();
      if (topic.criterion() != null || topic == CallTopic.OTHER_CRITERIA) {
        criterionSteps.add(topic);
      }
    }
    for (int i = 0; total < MIN_MINUTES && !criterionSteps.isEmpty(); i++, total++) {
      minutes.merge(criterionSteps.get(i % criterionSteps.size()), 1, Integer::sum);
    }

    Texts texts = Texts.of(locale);
    Set<String> asked = new LinkedHashSet<>();
    List<CallStep> steps = new ArrayList<>();
    for (Map.Entry<CallTopic, Set<String>> entry : open.entrySet()) {
      List<String> questions = new ArrayList<>();
      for (String question : entry.getValue()) {
        if (asked.add(question)) {
          questions.add(question);
        }
      }
      CallTopic topic = entry.getKey();
      int planned = minutes.getOrDefault(topic, topic.minutes());
      if (topic == CallTopic.OTHER_CRITERIA) {
        String key = "call.step." + topic.name();
        String goal = texts.get(key + ".goal", otherCriteria.isEmpty()
            ? result.qualifierId() : String.join(", ", otherCriteria));
        steps.add(CallStep.of(topic, texts.get(key), goal, planned, questions));
      } else {
        steps.add(step(texts, topic, planned, questions));
      }
    }
    return ImmutableCallPlan.builder().kind(Kind.FOLLOW_UP).locale(locale).steps(steps).build();
  }

  /** The step a warning's questions belong to. */
  static CallTopic topicOf(WarningCode warning) {
    return switch (warning) {
      case SINGLE_THREADED -> CallTopic.DECISION;
      case DEADLINE_WITHOUT_CONSEQUENCE -> CallTopic.URGENCY;
      case DEMO_BEFORE_QUALIFIED, ASSUMPTION -> CallTopic.CONTEXT;
    };
  }

  private static CallStep step(Texts texts, CallTopic topic, int minutes, List<String> questions) {
    String key = "call.step." + topic.name();
    return CallStep.of(topic, texts.get(key), texts.get(key + ".goal"), minutes, questions);
  }

  /**
   * The planned length of the call.
   *
   * @return the sum of the steps' minutes
   */
  public final int minutes() {
    int total = 0;
    for (CallStep step : steps()) {
      total += step.minutes();
    }
    return total;
  }

  /**
   * The step for a topic.
   *
   * @param topic the topic
   * @return the step, or null when this plan skips it
   */
  public final @Nullable CallStep step(CallTopic topic) {
    for (CallStep step : steps()) {
      if (step.topic() == topic) {
        return step;
      }
    }
    return null;
  }

  /**
   * All questions of the plan, step by step.
   *
   * @return the questions, in the order they are asked
   */
  public final List<String> questions() {
    List<String> all = new ArrayList<>();
    for (CallStep step : steps()) {
      all.addAll(step.questions());
    }
    return List.copyOf(all);
  }

  /**
   * The plan as plain text: a title with the total minutes, then one numbered line per step
   * (title, minutes, goal) with its questions below it.
   *
   * @return the text, lines ending with {@code \n}
   */
  public final String toText() {
    return PlanWriter.write(this, false);
  }

  /**
   * The plan as CommonMark: a heading, then a numbered list of steps with their questions as
   * nested bullets. Texts from bundles are escaped, so a vendor's wording cannot inject markup.
   *
   * @return the Markdown, lines ending with {@code \n}
   */
  public final String toMarkdown() {
    return PlanWriter.write(this, true);
  }

  @Value.Check
  void check() {
    if (steps().isEmpty()) {
      throw io.github.fourfold.InvalidValueException.of("CallPlan.steps", "at least one step");
    }
  }
}
