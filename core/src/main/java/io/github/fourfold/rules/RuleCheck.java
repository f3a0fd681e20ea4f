package io.github.fourfold.rules;

import io.github.fourfold.Verdict;
import io.github.fourfold.internal.rules.RuleChecks;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One check of a criterion: a condition the lead should meet, and what it means when it does not.
 *
 * <p>When the condition is false, the criterion is unmet with {@link #reason()} and the check's
 * {@link #verdict()}. When it is unknown (it reads a value the lead does not have), the criterion
 * is unmet with {@link #unknownReason()} and the verdict is {@code NOT_YET}: unknown never
 * disqualifies. Texts are given per language ({@code "en"} required); a missing language falls back
 * to English.
 */
@Value.Immutable
public abstract class RuleCheck {
  RuleCheck() {}

  /** {@return the condition the lead should meet} */
  public abstract Condition condition();

  /** {@return the verdict when the condition is false: {@code NOT_YET} or {@code DISQUALIFIED}} */
  public abstract Verdict verdict();

  /** {@return the reason code when the condition is false, UPPER_SNAKE and unique in the definition} */
  public abstract String reason();

  /** {@return the explanation when the condition is false, by language ({@code "en"} required)} */
  public abstract Map<String, String> message();

  /** {@return the questions to ask when the condition is false or unknown, by language} */
  public abstract Map<String, List<String>> questions();

  /**
   * The reason code when the condition is unknown; null for the default,
   * {@code <CRITERION>_UNKNOWN}.
   *
   * @return the code, or null
   */
  public abstract @Nullable String unknownReason();

  /** {@return the explanation when the condition is unknown, by language; empty for the default} */
  public abstract Map<String, String> unknownMessage();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleCheck}; {@code build()} throws {@link InvalidDefinitionException} when it is not valid. */
  public static final class Builder extends ImmutableRuleCheck.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    RuleChecks.check(this);
  }
}
