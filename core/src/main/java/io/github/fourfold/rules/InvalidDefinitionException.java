package io.github.fourfold.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Thrown when a rule definition, or a part of one, is not valid; lists every problem found with
 * its code and pointer. Messages never quote the definition's texts.
 */
public final class InvalidDefinitionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** At most this many errors are kept; one more says that there were more. */
  public static final int MAX_ERRORS = 100;

  /** The problems found, in the order found; an unmodifiable list of immutable values. */
  @SuppressWarnings("serial") // an unmodifiable list of immutable values
  private final List<DefinitionError> errors;

  private InvalidDefinitionException(List<DefinitionError> errors) {
    super(errors.get(0) + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
    this.errors = errors;
  }

  /**
   * An exception listing the given errors; beyond {@link #MAX_ERRORS} they are cut short.
   *
   * @param errors the errors, at least one
   * @return the exception
   */
  public static InvalidDefinitionException of(List<DefinitionError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("at least one error");
    }
    return new InvalidDefinitionException(List.copyOf(cut(errors)));
  }

  private static List<DefinitionError> cut(List<DefinitionError> errors) {
    if (errors.size() <= MAX_ERRORS) {
      return errors;
    }
    List<DefinitionError> kept = new ArrayList<>(errors.subList(0, MAX_ERRORS));
    kept.add(DefinitionError.of("LIMIT_EXCEEDED", "", "at most " + MAX_ERRORS + " errors are listed"));
    return kept;
  }

  /** {@return every problem found, in the order of the definition} */
  public List<DefinitionError> errors() {
    return errors;
  }

  /**
   * The same errors, found inside a part of a larger definition.
   *
   * @param prefix the pointer of the part in the larger definition
   * @return an exception whose errors have {@code prefix} in front of their pointers
   */
  public InvalidDefinitionException under(String prefix) {
    List<DefinitionError> moved = new ArrayList<>(errors.size());
    for (DefinitionError e : errors) {
      moved.add(e.under(prefix));
    }
    return new InvalidDefinitionException(List.copyOf(moved));
  }
}
