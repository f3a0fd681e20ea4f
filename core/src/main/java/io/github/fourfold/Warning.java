package io.github.fourfold;

import io.github.fourfold.internal.Checks;
import org.immutables.value.Value;

/**
 * A pitfall the rep should watch for, with a human sentence. Warnings never change the verdict.
 * The default rule uses {@link WarningCode}; custom qualifiers may add their own codes.
 */
@Value.Immutable
public abstract class Warning {
  Warning() {}

  /** {@return the warning's wire code, e.g. {@code "SINGLE_THREADED"}} */
  @Value.Parameter
  public abstract String code();

  /** {@return a sentence explaining it, free of personal data} */
  @Value.Parameter
  public abstract String message();

  /**
   * A standard warning.
   *
   * @param code the code
   * @param message the explanation
   * @return the warning
   */
  public static Warning of(WarningCode code, String message) {
    return of(code.name(), message);
  }

  /**
   * A warning with any code.
   *
   * @param code the code, upper-case letters, digits and underscores
   * @param message the explanation, free of personal data
   * @return the warning
   */
  public static Warning of(String code, String message) {
    return ImmutableWarning.of(code, message);
  }

  @Value.Check
  void check() {
    Checks.code(code(), "Warning.code");
    Checks.nonBlank(message(), "Warning.message");
  }
}
