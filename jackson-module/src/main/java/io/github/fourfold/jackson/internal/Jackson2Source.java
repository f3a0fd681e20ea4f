package io.github.fourfold.jackson.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.fourfold.json.internal.ParserFailure;
import io.github.fourfold.json.internal.Token;
import io.github.fourfold.json.internal.TokenSource;
import java.io.CharConversionException;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** A Jackson 2 {@link JsonParser} as the format reader's token source. */
public final class Jackson2Source implements TokenSource {
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    for (JsonToken t : JsonToken.values()) {
      TOKENS[t.ordinal()] = Token.ofJackson(t.name());
    }
  }

  private final JsonParser p;

  /**
   * Wraps a parser.
   *
   * @param parser the parser
   */
  public Jackson2Source(JsonParser parser) {
    this.p = parser;
  }

  @Override
  public @Nullable Token current() {
    JsonToken t = p.currentToken();
    return t == null ? null : TOKENS[t.ordinal()];
  }

  @Override
  public @Nullable Token next() throws IOException {
    try {
      JsonToken t = p.nextToken();
      return t == null ? null : TOKENS[t.ordinal()];
    } catch (JsonProcessingException | CharConversionException | IllegalStateException e) {
      throw failure(e);
    }
  }

  @Override
  public @Nullable String text() throws IOException {
    try {
      return p.getText();
    } catch (JsonProcessingException | CharConversionException e) {
      throw failure(e);
    }
  }

  @Override
  public char[] textChars() throws IOException {
    return p.getTextCharacters();
  }

  @Override
  public int textOffset() throws IOException {
    return p.getTextOffset();
  }

  @Override
  public int textLength() throws IOException {
    try {
      return p.getTextLength();
    } catch (JsonProcessingException | CharConversionException e) {
      throw failure(e);
    }
  }

  @Override
  public long tokenOffset() {
    JsonLocation location = p.currentTokenLocation();
    long offset = location.getByteOffset();
    return offset < 0 ? location.getCharOffset() : offset;
  }

  @Override
  public void close() throws IOException {
    p.close();
  }

  /** Classifies an exception of the parser (an IllegalStateException only from its name tables). */
  private static ParserFailure failure(Exception e) {
    if (e instanceof JsonProcessingException processing) {
      if (processing instanceof StreamConstraintsException) {
        return ParserFailure.constraint(processing.getOriginalMessage());
      }
      JsonLocation location = processing.getLocation();
      return ParserFailure.parse(
          processing.getOriginalMessage(), location == null ? -1 : location.getLineNr());
    }
    if (e instanceof IllegalStateException state) {
      return ParserFailure.symbolTable(state, "com.fasterxml.jackson.core.sym.");
    }
    // A CharConversionException: bytes the parser could not decode.
    return ParserFailure.malformed();
  }
}
