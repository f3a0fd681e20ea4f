package io.github.fourfold.json.internal;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A problem the parser reported, classified the same way for every Jackson: one of its stream
 * constraints (back-stops behind the reader's own limits), a duplicate name it detected, the guard
 * of its table of canonical names, or malformed input. Carries no input text.
 */
public final class ParserFailure extends IOException {
  private static final long serialVersionUID = 1L;

  /** What the parser reported. */
  enum Kind {
    /** Its document length constraint. */
    DOCUMENT_LENGTH,
    /** Its nesting depth constraint. */
    NESTING_DEPTH,
    /** Its string length constraint. */
    STRING_LENGTH,
    /** Its name length constraint. */
    NAME_LENGTH,
    /** Its number length constraint. */
    NUMBER_LENGTH,
    /** The hash-flooding guard of its table of canonical names. */
    SYMBOL_TABLE,
    /** Another of its constraints. */
    OTHER_LIMIT,
    /** A duplicate property name (the caller enabled strict duplicate detection). */
    DUPLICATE,
    /** Malformed input. */
    MALFORMED
  }

  private final Kind kind;
  private final int line;

  private ParserFailure(Kind kind, int line) {
    super(kind.name());
    this.kind = kind;
    this.line = line;
  }

  /**
   * Classifies one of the parser's stream-constraint failures by its message, which Jackson 2 and
   * 3 word alike.
   *
   * @param message the parser's original message
   * @return the failure
   */
  public static ParserFailure constraint(@Nullable String message) {
    String m = String.valueOf(message);
    Kind kind;
    if (m.startsWith("Document length")) {
      kind = Kind.DOCUMENT_LENGTH;
    } else if (m.startsWith("Document nesting depth")) {
      kind = Kind.NESTING_DEPTH;
    } else if (m.startsWith("String value length")) {
      kind = Kind.STRING_LENGTH;
    } else if (m.startsWith("Name length")) {
      kind = Kind.NAME_LENGTH;
    } else if (m.startsWith("Number value length")) {
      kind = Kind.NUMBER_LENGTH;
    } else if (m.contains("symbol table")) {
      kind = Kind.SYMBOL_TABLE;
    } else {
      kind = Kind.OTHER_LIMIT;
    }
    return new ParserFailure(kind, -1);
  }

  /**
   * Classifies a read failure of the parser that is not a stream constraint.
   *
   * @param message the parser's original message
   * @param line the 1-based line, or a value below 1 when unknown
   * @return the failure
   */
  public static ParserFailure parse(@Nullable String message, int line) {
    if (String.valueOf(message).startsWith("Duplicate field")) {
      return new ParserFailure(Kind.DUPLICATE, -1);
    }
    return new ParserFailure(Kind.MALFORMED, line);
  }

  /**
   * An exception thrown by the parser's tables of canonical names, where only hostile names get
   * them; from anywhere else it is a bug, and is rethrown.
   *
   * @param e what the parser threw
   * @param symbolPackage the package of the binding's name tables, with a trailing dot
   * @return the failure
   * @throws IllegalStateException {@code e} when it did not come from those tables
   */
  public static ParserFailure symbolTable(IllegalStateException e, String symbolPackage) {
    StackTraceElement[] trace = e.getStackTrace();
    if (trace.length == 0 || !trace[0].getClassName().startsWith(symbolPackage)) {
      throw e;
    }
    return new ParserFailure(Kind.SYMBOL_TABLE, -1);
  }

  /**
   * Malformed input without a location (bytes the parser could not decode).
   *
   * @return the failure
   */
  public static ParserFailure malformed() {
    return new ParserFailure(Kind.MALFORMED, -1);
  }

  /**
   * What the parser reported.
   *
   * @return the kind
   */
  Kind kind() {
    return kind;
  }

  /**
   * Where malformed input was found, as {@code " (line L)"}. The column is left out: Jackson 2
   * and 3 count it differently for some inputs, and both bindings must report the same error.
   *
   * @return the text, empty when the parser gave no line
   */
  public String where() {
    return line > 0 ? " (line " + line + ")" : "";
  }

  /** No stack trace: the error is an outcome of reading, not a bug, and is made often. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
