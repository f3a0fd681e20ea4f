package io.github.fourfold.jackson3.internal;

import io.github.fourfold.json.internal.ParserFailure;
import io.github.fourfold.json.internal.Token;
import io.github.fourfold.json.internal.TokenSource;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * A Jackson 3 {@link JsonParser} as the format reader's token source. Jackson 3's exceptions are
 * unchecked; this turns those of the parser into {@link ParserFailure} and an I/O error back into
 * the {@link IOException} it wraps.
 */
public final class Jackson3Source implements TokenSource {
  /** Jackson 3's tokens by ordinal: PROPERTY_NAME is its name token. */
  private static final Token[] TOKENS =
      Arrays.stream(JsonToken.values()).map(t -> Token.ofJackson(t.name())).toArray(Token[]::new);

  private final JsonParser parser;

  /** {@return the parser's tokens for the format's reader} @param parser a Jackson 3 parser */
  public static Jackson3Source of(JsonParser parser) {
    return new Jackson3Source(parser);
  }

  private Jackson3Source(JsonParser parser) {
    this.parser = parser;
  }

  private static @Nullable Token map(@Nullable JsonToken token) {
    return token == null ? null : TOKENS[token.ordinal()];
  }

  @Override
  public @Nullable Token current() {
    return map(parser.currentToken());
  }

  @Override
  public @Nullable Token next() throws IOException {
    try {
      return map(parser.nextToken());
    } catch (JacksonException | IllegalStateException e) {
      throw failure(e);
    }
  }

  @Override
  public @Nullable String text() throws IOException {
    try {
      return parser.getString();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public char[] textChars() throws IOException {
    try {
      return parser.getStringCharacters();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public int textOffset() throws IOException {
    try {
      return parser.getStringOffset();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public int textLength() throws IOException {
    try {
      return parser.getStringLength();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public long tokenOffset() {
    TokenStreamLocation where = parser.currentTokenLocation();
    return where.getByteOffset() >= 0 ? where.getByteOffset() : where.getCharOffset();
  }

  @Override
  public void close() throws IOException {
    try {
      parser.close();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  /**
   * Classifies an exception of the parser (an IllegalStateException only from its name tables);
   * an I/O error is thrown as what it wraps.
   */
  private static IOException failure(RuntimeException e) {
    if (e instanceof IllegalStateException state) {
      return ParserFailure.symbolTable(state, "tools.jackson.core.sym.");
    }
    if (e instanceof StreamConstraintsException constraint) {
      return ParserFailure.constraint(constraint.getOriginalMessage());
    }
    if (e instanceof JacksonIOException io) {
      Throwable cause = io.getCause();
      if (cause instanceof CharConversionException) {
        return ParserFailure.malformed();
      }
      return cause instanceof IOException wrapped ? wrapped : new IOException(e.getMessage());
    }
    if (e instanceof StreamReadException read) {
      TokenStreamLocation at = read.getLocation();
      return ParserFailure.parse(read.getOriginalMessage(), at == null ? -1 : at.getLineNr());
    }
    throw e;
  }
}
