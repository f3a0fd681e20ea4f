package io.github.fourfold.jackson.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the Fourfold JSON format, shipped in this package as
 * {@code lead.schema.json} and {@code qualification-result.schema.json}, for validators and for
 * code generators in other languages.
 *
 * <p>The package is open, so the files can also be read as class-path resources (for example
 * {@code io/github/fourfold/jackson/schema/lead.schema.json}) on the module path.
 */
public final class JsonSchemas {
  /** The resource name of the lead schema, relative to this package. */
  public static final String LEAD = "lead.schema.json";

  /** The resource name of the result schema, relative to this package. */
  public static final String QUALIFICATION_RESULT = "qualification-result.schema.json";

  private JsonSchemas() {}

  /**
   * The schema of a lead.
   *
   * @return the schema's JSON text
   */
  public static String lead() {
    return read(LEAD);
  }

  /**
   * The schema of a qualification result.
   *
   * @return the schema's JSON text
   */
  public static String qualificationResult() {
    return read(QUALIFICATION_RESULT);
  }

  private static String read(String name) {
    try (InputStream in = JsonSchemas.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " in fourfold-jackson");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
