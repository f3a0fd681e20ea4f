package io.github.fourfold.rules;

/**
 * The limits every rule definition keeps, so that loading, compiling and running a hostile one
 * takes time and memory linear in its size. A definition one over a limit is refused with
 * {@code LIMIT_EXCEEDED}.
 */
public final class RuleLimits {
  /** Checks in a whole definition. */
  public static final int MAX_CHECKS = 10_000;

  /** Nesting depth of a condition: a leaf is depth 1, {@code not} of a leaf depth 2. */
  public static final int MAX_DEPTH = 32;

  /** Elements of any list in a definition: criteria, checks of a criterion, operands, values, questions. */
  public static final int MAX_LIST = 1_000;

  /** Code points of a text: a message, a question, a value, a path, an id, a code. */
  public static final int MAX_TEXT = 1_000;

  /** Languages of a message or of the questions. */
  public static final int MAX_LANGUAGES = 50;

  private RuleLimits() {}
}
