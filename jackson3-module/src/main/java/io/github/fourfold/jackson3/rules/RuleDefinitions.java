package io.github.fourfold.jackson3.rules;

import io.github.fourfold.jackson3.internal.Jackson3Sink;
import io.github.fourfold.jackson3.internal.Jackson3Source;
import io.github.fourfold.json.internal.RuleDefinitionWriter;
import io.github.fourfold.json.internal.RuleDocuments;
import io.github.fourfold.rules.InvalidDefinitionException;
import io.github.fourfold.rules.RuleDefinition;
import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Rule definitions in their JSON format with Jackson 3: the same reader, writer, limits, error
 * codes, pointers and schema as {@code io.github.fourfold.jackson.rules.RuleDefinitions} of the
 * Jackson 2 binding, so a definition gives the same result, or the same errors, with either.
 *
 * <p>Reading is strict and total and throws nothing but {@link InvalidDefinitionException}, whose
 * errors each carry a stable code and a JSON Pointer into the definition.
 */
public final class RuleDefinitions {
  /** The largest definition read, in bytes of UTF-8. */
  public static final int MAX_DOCUMENT_BYTES = RuleDocuments.MAX_DOCUMENT_BYTES;

  /** The schema's file name, a resource of the {@code fourfold-json-format} jar. */
  public static final String SCHEMA = RuleDocuments.SCHEMA;

  /** The reader's limits, for Jackson 3's parser. */
  private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxDocumentLength(RuleDocuments.MAX_DOCUMENT_BYTES)
      .maxNestingDepth(RuleDocuments.MAX_NESTING_DEPTH)
      .maxNameLength(RuleDocuments.MAX_NAME_LENGTH)
      .maxStringLength(RuleDocuments.MAX_STRING_LENGTH)
      .maxNumberLength(RuleDocuments.MAX_NUMBER_LENGTH)
      .build();

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(LIMITS)
      // Hostile names must not fill a table that later readers share.
      .disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)
      .disable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  /** Indented as Jackson 2's default pretty printer indents, so both bindings write the same text. */
  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private static final RuleDocuments DOCUMENTS = new RuleDocuments(
      json -> Jackson3Source.of(FACTORY.createParser(ObjectReadContext.empty(), json)));

  private RuleDefinitions() {}

  /**
   * {@return the JSON text} Writes the definition indented, properties in a fixed order; reading
   * the text back gives an equal definition.
   *
   * @param definition the definition
   */
  public static String write(RuleDefinition definition) {
    return RuleDefinitionWriter.text((text, write) -> {
      try (JsonGenerator generator = FACTORY.createGenerator(PRETTY, text)) {
        write.to(new Jackson3Sink(generator));
      }
    }, definition);
  }

  /**
   * {@return the schema's text} The format's JSON Schema (draft 2020-12), for editors; the reader
   * checks more than a schema can.
   */
  public static String schema() {
    return RuleDocuments.schema();
  }

  /**
   * {@return the definition, valid} Reads it from a stream of UTF-8 (at most one byte past the
   * limit), which is left open.
   *
   * @param json the stream
   * @throws IOException when the stream fails
   * @throws InvalidDefinitionException listing what is wrong
   */
  public static RuleDefinition read(InputStream json) throws IOException {
    return DOCUMENTS.read(json);
  }

  /**
   * {@return the definition, valid} Reads it from text.
   *
   * @param json the definition
   * @throws InvalidDefinitionException listing what is wrong; text with an unpaired surrogate is
   *     malformed
   */
  public static RuleDefinition read(String json) {
    return DOCUMENTS.read(json);
  }

  /**
   * {@return the definition, valid} Reads it from UTF-8 bytes.
   *
   * @param json the definition
   * @throws InvalidDefinitionException listing what is wrong
   */
  public static RuleDefinition read(byte[] json) {
    return DOCUMENTS.read(json);
  }
}
