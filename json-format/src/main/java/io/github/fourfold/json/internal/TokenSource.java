package io.github.fourfold.json.internal;

import java.io.Closeable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The few things the format's reader asks of a JSON parser; each Jackson binding adapts its own
 * parser to it. A problem of the parser (malformed input, one of its limits, a duplicate name it
 * detected) is thrown as {@link ParserFailure}; any other {@link IOException} is an I/O error of
 * the underlying input.
 */
public interface TokenSource extends Closeable {
  /**
   * The current token.
   *
   * @return the token, or null before the first and after the last
   */
  @Nullable Token current();

  /**
   * Moves to the next token.
   *
   * @return the token, or null at the end of the input
   * @throws ParserFailure when the parser finds a problem
   * @throws IOException when reading the input fails
   */
  @Nullable Token next() throws IOException;

  /**
   * The current token's text: a property name (the parser's own instance, canonical where the
   * parser canonicalizes names) or a string value.
   *
   * @return the text, or null when the token has none
   * @throws IOException as {@link #next()} does
   */
  @Nullable String text() throws IOException;

  /**
   * The current number's literal chars, from {@link #textOffset()} for {@link #textLength()}.
   *
   * @return the parser's buffer, not to be kept
   * @throws IOException as {@link #next()} does
   */
  char[] textChars() throws IOException;

  /**
   * Where the current token's text starts in {@link #textChars()}.
   *
   * @return the offset
   * @throws IOException as {@link #next()} does
   */
  int textOffset() throws IOException;

  /**
   * The length of the current token's text.
   *
   * @return the length in chars
   * @throws IOException as {@link #next()} does
   */
  int textLength() throws IOException;

  /**
   * Where the current token starts: a byte offset for byte input, else a char offset.
   *
   * @return the offset, or -1 when the parser does not know it
   */
  long tokenOffset();

  /** Closes the parser, not its input unless the parser owns it. */
  @Override
  void close() throws IOException;
}
