package io.github.fourfold.report;

import io.github.fourfold.InvalidValueException;
import java.util.List;
import org.immutables.value.Value;

/** One step of a {@link CallPlan}: what to find out, in how many minutes, with which questions. */
@Value.Immutable
public abstract class CallStep {
  CallStep() {}

  /** {@return which of the article's six steps this is} */
  public abstract CallTopic topic();

  /** {@return the step's name in the plan's language, e.g. {@code "Urgency"} or {@code "Urgentie"}} */
  public abstract String title();

  /** {@return what the step finds out, in the plan's language, e.g. {@code "Why now?"}} */
  public abstract String goal();

  /** {@return the minutes planned for the step, at least one} */
  public abstract int minutes();

  /** {@return the questions to ask in this step, in the plan's language; may be empty} */
  public abstract List<String> questions();

  static CallStep of(CallTopic topic, String title, String goal, int minutes, List<String> questions) {
    return ImmutableCallStep.builder()
        .topic(topic)
        .title(title)
        .goal(goal)
        .minutes(minutes)
        .questions(questions)
        .build();
  }

  @Value.Check
  void check() {
    if (minutes() < 1) {
      throw InvalidValueException.of("CallStep.minutes", "at least one minute");
    }
  }
}
