package io.github.fourfold.jackson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fourfold.jackson.internal.Errors;
import io.github.fourfold.jackson.internal.Jackson2Sink;
import io.github.fourfold.jackson.internal.Jackson2Source;
import io.github.fourfold.json.AbstractFourfoldJson;
import io.github.fourfold.json.JsonReadOptions;
import io.github.fourfold.json.ResultWriter;
import io.github.fourfold.json.internal.Backstops;
import io.github.fourfold.json.internal.Documents;
import io.github.fourfold.json.internal.NdjsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * The ready-made entry point for the Fourfold JSON format: reads a lead (or a result) from JSON
 * text, bytes or streams, and writes leads and results, exactly as the format specifies and within
 * explicit limits for untrusted input.
 *
 * <pre>{@code
 * FourfoldJson json = FourfoldJson.ofDefaults();
 * Lead lead = json.readLead(body);                 // throws FourfoldJsonException
 * QualificationResult result = Qualifier.fourQuestion().qualify(lead, LocalDate.now());
 * String out = json.writeResult(result);
 * }</pre>
 *
 * <p><b>Reading.</b> One call reads one JSON document that holds exactly one value. Every invalid
 * input fails with a {@link FourfoldJsonException} that carries the format's error code and the
 * JSON Pointer of the offending value; when the input has several errors, malformed JSON and
 * exceeded limits win, otherwise the first in document order is reported. Byte input must be UTF-8
 * (checked strictly, overlong forms and encoded surrogates included); a leading byte order mark
 * is ignored, in text input too. Unknown properties are ignored unless the instance is
 * {@linkplain Builder#strict(boolean) strict}.
 *
 * <p><b>Limits.</b> The defaults are the format's: a document of at most 1 MiB (1,048,576 bytes
 * of UTF-8, whitespace included), objects and arrays nested at most 32 deep (the lead itself is
 * depth 1), strings of at most 65,536 code points, property names of at most 256 code points, and
 * number literals of at most 64 characters. They are checked before a value is built, on a
 * parser factory of this instance's own: Jackson's global defaults are left alone.
 *
 * <p><b>Writing.</b> Output is compact (one line), UTF-8, with properties in the format's order.
 * Absent values and empty lists are left out, and so are values equal to their documented default
 * ({@code demoRequested} and {@code firstContact} false, {@code basis} STATED, a cost's or time
 * loss's {@code per} OCCURRENCE): every value has one canonical form, and reading it back gives an
 * equal value. Decimals are written exactly: in plain notation ({@code 15000}, {@code 0.05}) when
 * their scale is not negative and that takes at most 64 characters, else in Java's scientific
 * notation ({@code 1E+3}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FourfoldJson extends AbstractFourfoldJson<FourfoldJsonException> {
  private static final FourfoldJson DEFAULTS = new Builder().build();

  /** Text input, writing and {@link #mapper()}: property names are not canonicalized. */
  private final JsonFactory factory;
  private final FourfoldModule module;

  private FourfoldJson(JsonReadOptions settings) {
    this(settings, factory(settings));
  }

  private FourfoldJson(JsonReadOptions settings, JsonFactory factory) {
    super(documents(settings, factory));
    this.module = new FourfoldModule(settings);
    this.factory = factory;
  }

  private static JsonFactory factory(JsonReadOptions settings) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxDocumentLength(Backstops.documentLength(settings))
                .maxNestingDepth(Backstops.nestingDepth(settings))
                .maxStringLength(Backstops.stringLength(settings))
                .maxNameLength(Backstops.nameLength(settings))
                .maxNumberLength(Backstops.numberLength(settings))
                .build())
        // No shared table of canonical names here: for text its hashes collide whatever its
        // seed, so one document could fill it and make later, valid ones fail.
        .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // Text and byte output must be the same characters: without this, Jackson's UTF-8
        // generator writes a character beyond U+FFFF as an escaped surrogate pair.
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .build();
  }

  private static Documents<FourfoldJsonException> documents(JsonReadOptions settings, JsonFactory factory) {
    // Byte input, with canonical property names: a read then decodes each distinct name once,
    // not once per occurrence (about a sixth of a read). The table is shared between reads, but
    // its hashes are seeded, so names cannot be chosen to collide; its guard, and any other
    // failure of it, is reported as LIMIT_EXCEEDED.
    JsonFactory bytesFactory =
        factory
            .rebuild()
            .enable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .streamReadConstraints(
                factory.streamReadConstraints().rebuild()
                    .maxNameLength(Backstops.nameBytes(settings))
                    .build())
            .build();
    return new Documents<>(
        settings,
        new Documents.Binding() {
          @Override
          public Jackson2Source parser(String json) throws IOException {
            return new Jackson2Source(factory.createParser(json));
          }

          @Override
          public Jackson2Source parser(byte[] json) throws IOException {
            return new Jackson2Source(bytesFactory.createParser(json));
          }

          @Override
          public Jackson2Sink generator(Writer out) throws IOException {
            return new Jackson2Sink(factory.createGenerator(out));
          }

          @Override
          public Jackson2Sink generator(OutputStream out) throws IOException {
            return new Jackson2Sink(factory.createGenerator(out, JsonEncoding.UTF8));
          }
        },
        Errors::toPublic);
  }

  /**
   * The instance with the format's defaults: lenient about unknown properties, default limits.
   *
   * @return the shared default instance
   */
  public static FourfoldJson ofDefaults() {
    return DEFAULTS;
  }

  /**
   * Starts configuring an instance: strict mode and limits.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- writing many results

  /**
   * A writer of results and error lines as NDJSON to a stream, through one generator: nothing is
   * buffered per result, and a failure of the stream is thrown, never swallowed. Closing the
   * writer flushes it; the stream stays open.
   *
   * @param out where to write UTF-8
   * @return the writer
   * @throws IOException when the generator cannot be made
   */
  @Override
  public ResultWriter resultWriter(OutputStream out) throws IOException {
    JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8);
    // Lines are ended by the writer; Jackson's default separates top-level values by a space.
    generator.setRootValueSeparator(null);
    return new NdjsonWriter(new Jackson2Sink(generator));
  }

  // ---------------------------------------------------------------- Jackson integration

  /**
   * The module with this instance's settings (strict mode, limits), to register on a mapper of
   * your own; see {@link FourfoldModule} for what it guarantees there.
   *
   * @return the module
   */
  public FourfoldModule module() {
    return module;
  }

  /**
   * A new {@link ObjectMapper} for documents that are one Fourfold value, for frameworks that
   * need a mapper: its parser factory has this instance's limits, the module is registered with
   * this instance's settings, and content after the value is an error. Each call returns a new
   * mapper, so configuring it does not affect others.
   *
   * <p>Prefer {@link #readLead(byte[])} and friends where you can: they also check UTF-8 strictly
   * (Jackson's byte parser detects UTF-16 and UTF-32 too), measure the document size in bytes for
   * text input as well, report malformed content after the value ahead of an earlier semantic
   * error, and throw {@link FourfoldJsonException} for empty input and a top-level {@code null}
   * (the mapper throws Jackson's own exceptions or returns null there).
   *
   * @return a new mapper
   */
  public ObjectMapper mapper() {
    return JsonMapper.builder(factory.copy())
        .addModule(module)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /**
   * Configures a {@link FourfoldJson}: strict mode and the reader's limits. Not thread-safe.
   */
  public static final class Builder {
    private final JsonReadOptions.Builder options = JsonReadOptions.builder();

    private Builder() {}

    /**
     * Whether a property the format does not define is an error ({@code UNKNOWN_PROPERTY}) rather
     * than ignored, at every level except inside {@code attributes}.
     *
     * @param strict true to reject unknown properties; false (the default) to ignore them
     * @return this builder
     */
    public Builder strict(boolean strict) {
      options.strict(strict);
      return this;
    }

    /**
     * The largest document, in bytes of UTF-8; the default is 1,048,576 (1 MiB).
     *
     * @param bytes from 1 to 2,147,483,639
     * @return this builder
     */
    public Builder maxDocumentBytes(int bytes) {
      options.maxDocumentBytes(bytes);
      return this;
    }

    /**
     * The deepest nesting of objects and arrays, the value read being depth 1; the default is 32.
     *
     * @param depth from 1 to 1,000
     * @return this builder
     */
    public Builder maxNestingDepth(int depth) {
      options.maxNestingDepth(depth);
      return this;
    }

    /**
     * The longest string value, in code points; the default is 65,536.
     *
     * @param codePoints from 1 to 100,000,000
     * @return this builder
     */
    public Builder maxStringLength(int codePoints) {
      options.maxStringLength(codePoints);
      return this;
    }

    /**
     * The longest property name, in code points; the default is 256.
     *
     * @param codePoints from 1 to 100,000
     * @return this builder
     */
    public Builder maxNameLength(int codePoints) {
      options.maxNameLength(codePoints);
      return this;
    }

    /**
     * The longest number literal, in characters (sign, digits, point and exponent); the default
     * is 64.
     *
     * @param characters from 1 to 1,000
     * @return this builder
     */
    public Builder maxNumberLength(int characters) {
      options.maxNumberLength(characters);
      return this;
    }

    /**
     * Creates the configured instance.
     *
     * @return a new, immutable {@link FourfoldJson}
     */
    public FourfoldJson build() {
      return new FourfoldJson(options.build());
    }
  }
}
