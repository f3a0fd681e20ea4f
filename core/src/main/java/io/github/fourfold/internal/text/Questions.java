package io.github.fourfold.internal.text;

import io.github.fourfold.Criterion;
import io.github.fourfold.ReasonCode;
import io.github.fourfold.WarningCode;
import java.util.List;

/**
 * The article's example questions by criterion, reason and warning: one lookup for the default
 * rule (its results' next questions) and the reports' question bank, so the two cannot differ.
 */
public final class Questions {
  private Questions() {}

  /**
   * The example questions for a criterion, in the article's order.
   *
   * @param texts the language
   * @param criterion the criterion
   * @return the questions
   */
  public static List<String> forCriterion(Texts texts, Criterion criterion) {
    return texts.list("questions." + criterion.name());
  }

  /**
   * The questions that address a reason best: the reason's own, or else its criterion's.
   *
   * @param texts the language
   * @param reason why a criterion is not met
   * @return the questions
   */
  public static List<String> forReason(Texts texts, ReasonCode reason) {
    List<String> own = texts.list("questions." + reason.name());
    return own.isEmpty() ? forCriterion(texts, reason.criterion()) : own;
  }

  /**
   * The questions that address a pitfall.
   *
   * @param texts the language
   * @param warning the warning
   * @return the questions
   */
  public static List<String> forWarning(Texts texts, WarningCode warning) {
    return texts.list("questions." + warning.name());
  }
}
