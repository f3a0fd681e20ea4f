package io.github.fourfold;

import io.github.fourfold.internal.Checks;
import java.util.HashMap;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What a qualifier found for one criterion: met, or unmet with exactly one reason code and a
 * human sentence explaining it.
 *
 * <p>The four standard criteria use {@link Criterion} and {@link ReasonCode} names; a custom
 * qualifier may report its own criterion and reason codes (upper-case wire names such as
 * {@code ICP_FIT} / {@code ICP_INDUSTRY_MISMATCH}).
 */
@Value.Immutable
public abstract class CriterionFinding {
  /** The standard criteria and reasons by name (looked up when a finding is made, so no copy of values()). */
  private static final Map<String, Criterion> CRITERIA = byName(Criterion.values());

  private static final Map<String, ReasonCode> REASONS = byName(ReasonCode.values());

  private static <E extends Enum<E>> Map<String, E> byName(E[] constants) {
    Map<String, E> map = new HashMap<>();
    for (E constant : constants) {
      map.put(constant.name(), constant);
    }
    return Map.copyOf(map);
  }

  CriterionFinding() {}

  /**
   * The criterion's code, e.g. {@code "URGENCY"} (on the wire: {@code criterion}); see
   * {@link #standardCriterion()} for the enum.
   *
   * @return the criterion's code
   */
  public abstract String criterionCode();

  /** {@return whether the criterion is met} */
  public abstract boolean met();

  /**
   * The reason's code when unmet, e.g. {@code "URGENCY_BEYOND_HORIZON"} (on the wire:
   * {@code reason}); see {@link #standardReason()} for the enum.
   *
   * @return the reason's code, or null when met
   */
  public abstract @Nullable String reasonCode();

  /** {@return a sentence explaining the reason, free of personal data; null when met} */
  public abstract @Nullable String message();

  /**
   * A met standard criterion.
   *
   * @param criterion the criterion
   * @return the finding
   */
  public static CriterionFinding met(Criterion criterion) {
    return met(criterion.name());
  }

  /**
   * A met criterion, standard or custom.
   *
   * @param criterion the criterion's wire name
   * @return the finding
   */
  public static CriterionFinding met(String criterion) {
    return ImmutableCriterionFinding.builder().criterionCode(criterion).met(true).build();
  }

  /**
   * An unmet standard criterion; the criterion is the one the reason belongs to.
   *
   * @param reason the reason code
   * @param message the explanation
   * @return the finding
   */
  public static CriterionFinding unmet(ReasonCode reason, String message) {
    return unmet(reason.criterion().name(), reason.name(), message);
  }

  /**
   * An unmet criterion with a custom reason code.
   *
   * @param criterion the criterion's wire name
   * @param reason the reason code
   * @param message the explanation, free of personal data
   * @return the finding
   */
  public static CriterionFinding unmet(String criterion, String reason, String message) {
    return ImmutableCriterionFinding.builder()
        .criterionCode(criterion)
        .met(false)
        .reasonCode(reason)
        .message(message)
        .build();
  }

  /**
   * The standard criterion, when this finding is about one.
   *
   * @return the criterion, or null for a custom one
   */
  public final @Nullable Criterion standardCriterion() {
    return CRITERIA.get(criterionCode());
  }

  /**
   * The standard reason code, when this finding is unmet with one.
   *
   * @return the reason code, or null when met or custom
   */
  public final @Nullable ReasonCode standardReason() {
    String reason = reasonCode();
    return reason == null ? null : REASONS.get(reason);
  }

  @Value.Check
  void check() {
    // Errors name the wire properties (criterion, reason), which the JSON reader turns into pointers.
    Checks.code(criterionCode(), "CriterionFinding.criterion");
    if (met()) {
      if (reasonCode() != null || message() != null) {
        throw InvalidValueException.of(
            "CriterionFinding.reason", "no reason and no message when the criterion is met");
      }
      return;
    }
    String reason = reasonCode();
    String message = message();
    if (reason == null || message == null) {
      throw InvalidValueException.of(
          "CriterionFinding.reason", "a reason and a message when the criterion is not met");
    }
    Checks.code(reason, "CriterionFinding.reason");
    Checks.nonBlank(message, "CriterionFinding.message");
    ReasonCode standard = standardReason();
    if (standard != null && !standard.criterion().name().equals(criterionCode())) {
      throw InvalidValueException.of(
          "CriterionFinding.reason", "a reason code that belongs to the finding's criterion");
    }
  }
}
