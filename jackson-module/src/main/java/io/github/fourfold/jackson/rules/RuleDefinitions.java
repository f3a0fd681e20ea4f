package io.github.fourfold.jackson.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.fourfold.jackson.internal.Jackson2Sink;
import io.github.fourfold.jackson.internal.Jackson2Source;
import io.github.fourfold.json.JsonErrorCode;
import io.github.fourfold.json.internal.RuleDefinitionWriter;
import io.github.fourfold.json.internal.RuleDocuments;
import io.github.fourfold.rules.InvalidDefinitionException;
import io.github.fourfold.rules.RuleDefinition;
import io.github.fourfold.rules.RuleLimits;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and writes rule definitions in their JSON format with Jackson 2, so that a tenant's
 * administrator can write qualifiers without code. The Jackson 3 binding has the same entry, on
 * the same reader and writer.
 *
 * <p>Reading is strict and total: unknown properties, repeated names, a {@code null}, a wrong
 * type or any value the definition's checks refuse are errors; every error has a stable code (the
 * names of {@link JsonErrorCode}) and a JSON Pointer into the definition, and the reader throws
 * nothing but {@link InvalidDefinitionException}. A definition is at most
 * {@link #MAX_DOCUMENT_BYTES} bytes of UTF-8; the other limits are those of {@link RuleLimits}.
 */
public final class RuleDefinitions {
  /** The largest definition read, in bytes. */
  public static final int MAX_DOCUMENT_BYTES = RuleDocuments.MAX_DOCUMENT_BYTES;

  /** Numbers longer than this (in characters) are refused. */
  static final int MAX_NUMBER_LENGTH = RuleDocuments.MAX_NUMBER_LENGTH;

  /** The file name of the format's JSON Schema, a resource of the {@code fourfold-json-format} jar. */
  public static final String SCHEMA = RuleDocuments.SCHEMA;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(RuleDocuments.MAX_NESTING_DEPTH)
          .maxStringLength(RuleDocuments.MAX_STRING_LENGTH)
          .maxNameLength(RuleDocuments.MAX_NAME_LENGTH)
          .maxNumberLength(RuleDocuments.MAX_NUMBER_LENGTH)
          .maxDocumentLength(RuleDocuments.MAX_DOCUMENT_BYTES)
          .build())
      // No shared table of canonical names: hostile names could fill it for later readers.
      .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private static final RuleDocuments DOCUMENTS =
      new RuleDocuments(json -> new Jackson2Source(FACTORY.createParser(json)));

  private RuleDefinitions() {}

  /**
   * Reads a definition from UTF-8 bytes.
   *
   * @param json the definition
   * @return the definition, valid
   * @throws InvalidDefinitionException listing what is wrong
   */
  public static RuleDefinition read(byte[] json) {
    return DOCUMENTS.read(json);
  }

  /**
   * Reads a definition from text.
   *
   * @param json the definition
   * @return the definition, valid
   * @throws InvalidDefinitionException listing what is wrong (an unpaired surrogate is malformed)
   */
  public static RuleDefinition read(String json) {
    return DOCUMENTS.read(json);
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
    return DOCUMENTS.read(json);
  }

  /**
   * Writes a definition in its JSON format, indented, properties in a fixed order; reading it back
   * gives an equal definition.
   *
   * @param definition the definition
   * @return the JSON text
   */
  public static String write(RuleDefinition definition) {
    return RuleDefinitionWriter.text((out, write) -> {
      try (JsonGenerator g = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
        write.to(new Jackson2Sink(g));
      }
    }, definition);
  }

  /**
   * The JSON Schema (draft 2020-12) of the format. The reader checks more than a schema can
   * (paths, types of fields, unique codes); the schema helps editors.
   *
   * @return the schema's text
   */
  public static String schema() {
    return RuleDocuments.schema();
  }
}
