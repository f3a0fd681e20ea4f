package io.github.fourfold.jackson.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
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
 * Reads and writes rule definitions in their JSON format, so that a tenant's administrator can
 * write qualifiers without code.
 *
 * <p>Reading is strict and total: unknown properties, repeated names, a {@code null}, a wrong
 * type or any value the definition's checks refuse are errors; every error has a stable code (the
 * names of {@link JsonErrorCode}) and a JSON Pointer into the definition, and the reader throws
 * nothing but {@link InvalidDefinitionException}. A definition is at most
 * {@link #MAX_DOCUMENT_BYTES} bytes of UTF-8; the other limits are those of {@link RuleLimits}.
 */
public final class RuleDefinitions {
  /** The largest definition read, in bytes. */
  public static final int MAX_DOCUMENT_BYTES = 1 << 20;

  /** Property names longer than this are refused. */
  static final int MAX_NAME_LENGTH = 256;

  /** Numbers longer than this (in characters) are refused. */
  static final int MAX_NUMBER_LENGTH = 64;

  /** The file name of the format's JSON Schema, a resource next to this class. */
  public static final String SCHEMA = "rule-definition.schema.json";

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          // Each level of a condition takes at most two levels of JSON; the rest is the frame.
          .maxNestingDepth(2 * RuleLimits.MAX_DEPTH + 8)
          .maxStringLength(4 * RuleLimits.MAX_TEXT)
          .maxNameLength(MAX_NAME_LENGTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxDocumentLength(MAX_DOCUMENT_BYTES)
          .build())
      // No shared table of canonical names: hostile names could fill it for later readers.
      .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private RuleDefinitions() {}

  /**
   * Reads a definition from UTF-8 bytes.
   *
   * @param json the definition
   * @return the definition, valid
   * @throws InvalidDefinitionException listing what is wrong
   */
  public static RuleDefinition read(byte[] json) {
    if (json.length > MAX_DOCUMENT_BYTES) {
      throw tooLarge();
    }
    if (!isUtf8(json)) {
      throw InvalidDefinitionException.of(List.of(DefinitionError.of(
          JsonErrorCode.MALFORMED_JSON.name(), "", "expected UTF-8 text")));
    }
    return DefinitionReader.read(FACTORY, json);
  }

  /**
   * Reads a definition from text.
   *
   * @param json the definition
   * @return the definition, valid
   * @throws InvalidDefinitionException listing what is wrong (an unpaired surrogate is malformed)
   */
  public static RuleDefinition read(String json) {
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
  public static RuleDefinition read(InputStream json) throws IOException {
    byte[] bytes = json.readNBytes(MAX_DOCUMENT_BYTES + 1);
    return read(bytes);
  }

  /**
   * Writes a definition in its JSON format, indented, properties in a fixed order; reading it back
   * gives an equal definition.
   *
   * @param definition the definition
   * @return the JSON text
   */
  public static String write(RuleDefinition definition) {
    return DefinitionWriter.write(FACTORY, definition);
  }

  /**
   * The JSON Schema (draft 2020-12) of the format. The reader checks more than a schema can
   * (paths, types of fields, unique codes); the schema helps editors.
   *
   * @return the schema's text
   */
  public static String schema() {
    try (InputStream in = RuleDefinitions.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA + " in fourfold-jackson");
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
