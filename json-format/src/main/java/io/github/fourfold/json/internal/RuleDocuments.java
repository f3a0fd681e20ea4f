package io.github.fourfold.json.internal;

import io.github.fourfold.json.JsonErrorCode;
import io.github.fourfold.rules.DefinitionError;
import io.github.fourfold.rules.InvalidDefinitionException;
import io.github.fourfold.rules.RuleDefinition;
import io.github.fourfold.rules.RuleLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads whole rule definitions the same for every binding: the document-size limit, strict UTF-8,
 * and the limits each binding gives its parser. The binding supplies only its parser.
 */
public final class RuleDocuments {
  /** The largest definition read, in bytes. */
  public static final int MAX_DOCUMENT_BYTES = 1 << 20;

  /** Property names longer than this are refused by the parser. */
  public static final int MAX_NAME_LENGTH = 256;

  /** Numbers longer than this (in characters) are refused by the parser. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** The parser's nesting limit: each level of a condition takes at most two levels of JSON. */
  public static final int MAX_NESTING_DEPTH = 2 * RuleLimits.MAX_DEPTH + 8;

  /** The parser's string length limit, above the reader's own limit in code points. */
  public static final int MAX_STRING_LENGTH = 4 * RuleLimits.MAX_TEXT;

  /** The file name of the format's JSON Schema, a resource of this artifact. */
  public static final String SCHEMA = "rule-definition.schema.json";

  /** The binding's parser over bytes. */
  @FunctionalInterface
  public interface Parser {
    /**
     * A parser over UTF-8 bytes, with the limits above and no shared table of canonical names.
     *
     * @param json the bytes
     * @return the tokens
     * @throws IOException when the parser cannot be made
     */
    TokenSource bytes(byte[] json) throws IOException;
  }

  private final Parser parser;

  /**
   * Creates the reader of definitions.
   *
   * @param parser the binding's parser
   */
  public RuleDocuments(Parser parser) {
    this.parser = parser;
  }

  /**
   * Reads a definition from UTF-8 bytes.
   *
   * @param json the definition
   * @return the definition, valid
   * @throws InvalidDefinitionException listing what is wrong
   */
  public RuleDefinition read(byte[] json) {
    if (json.length > MAX_DOCUMENT_BYTES) {
      throw tooLarge();
    }
    if (!isUtf8(json)) {
      throw InvalidDefinitionException.of(List.of(DefinitionError.of(
          JsonErrorCode.MALFORMED_JSON.name(), "", "expected UTF-8 text")));
    }
    TokenSource tokens;
    try {
      tokens = parser.bytes(json);
    } catch (IOException e) {
      // Creating a parser over bytes does no I/O.
      throw InvalidDefinitionException.of(List.of(DefinitionError.of(
          JsonErrorCode.MALFORMED_JSON.name(), "", "expected well-formed JSON")));
    }
    return RuleDefinitionReader.read(tokens);
  }

  /**
   * Reads a definition from text.
   *
   * @param json the definition
   * @return the definition, valid
   * @throws InvalidDefinitionException listing what is wrong (an unpaired surrogate is malformed)
   */
  public RuleDefinition read(String json) {
    if (json.length() > MAX_DOCUMENT_BYTES) {
      throw tooLarge();
    }
    try {
      ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(json));
      byte[] out = new byte[bytes.remaining()];
      bytes.get(out);
      return read(out);
    } catch (CharacterCodingException e) {
      throw InvalidDefinitionException.of(List.of(DefinitionError.of(
          JsonErrorCode.MALFORMED_JSON.name(), "", "expected text without unpaired surrogates")));
    }
  }

  /**
   * Reads a definition from a stream of UTF-8, reading at most one byte more than the limit.
   *
   * @param json the stream; not closed
   * @return the definition, valid
   * @throws IOException when the stream fails
   * @throws InvalidDefinitionException listing what is wrong
   */
  public RuleDefinition read(InputStream json) throws IOException {
    return read(json.readNBytes(MAX_DOCUMENT_BYTES + 1));
  }

  /**
   * The JSON Schema (draft 2020-12) of the format.
   *
   * @return the schema's text
   */
  public static String schema() {
    try (InputStream in = RuleDocuments.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA + " in fourfold-json-format");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InvalidDefinitionException tooLarge() {
    return InvalidDefinitionException.of(List.of(DefinitionError.of(
        JsonErrorCode.LIMIT_EXCEEDED.name(), "", "a definition of at most " + MAX_DOCUMENT_BYTES + " bytes")));
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
