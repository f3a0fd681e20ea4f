package io.github.fourfold.internal.rules;

import io.github.fourfold.rules.DefinitionError;
import io.github.fourfold.rules.InvalidDefinitionException;
import java.util.ArrayList;
import java.util.List;

/** Collects the errors of one part of a definition, and throws them all at once. */
public final class Problems {
  /** The lead format's code for a value of the right type that is not allowed. */
  public static final String INVALID_VALUE = "INVALID_VALUE";
  /** The code for a required value that is absent. */
  public static final String MISSING_REQUIRED = "MISSING_REQUIRED";
  /** The code for a value over a limit. */
  public static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";
  /** The code for a name given twice. */
  public static final String DUPLICATE = "DUPLICATE_PROPERTY";

  private final List<DefinitionError> errors = new ArrayList<>();

  /**
   * Adds an error.
   *
   * @param code the stable code
   * @param pointer the pointer, relative to the part being checked
   * @param message what was expected
   */
  public void add(String code, String pointer, String message) {
    if (errors.size() <= InvalidDefinitionException.MAX_ERRORS) {
      errors.add(DefinitionError.of(code, pointer, message));
    }
  }

  /**
   * Adds the errors of a sub-part.
   *
   * @param e the sub-part's errors
   * @param prefix the sub-part's pointer
   */
  public void addAll(InvalidDefinitionException e, String prefix) {
    for (DefinitionError error : e.errors()) {
      if (errors.size() <= InvalidDefinitionException.MAX_ERRORS) {
        errors.add(error.under(prefix));
      }
    }
  }

  /**
   * A name as one JSON Pointer segment.
   *
   * @param name the name
   * @return the name with {@code ~} written {@code ~0} and {@code /} written {@code ~1}
   */
  public static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** {@return whether no error was added} */
  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Throws the collected errors, if any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw InvalidDefinitionException.of(errors);
    }
  }
}
