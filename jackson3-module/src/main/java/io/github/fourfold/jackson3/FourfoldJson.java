package io.github.fourfold.jackson3;

import io.github.fourfold.jackson3.internal.Jackson3Lines;
import io.github.fourfold.jackson3.internal.Jackson3Sink;
import io.github.fourfold.jackson3.internal.Jackson3Source;
import io.github.fourfold.json.AbstractFourfoldJson;
import io.github.fourfold.json.JsonReadOptions;
import io.github.fourfold.json.ResultWriter;
import io.github.fourfold.json.internal.Backstops;
import io.github.fourfold.json.internal.Documents;
import java.io.OutputStream;
import java.io.Writer;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ready-made Jackson 3 entry point for the Fourfold JSON format: the counterpart of {@code
 * io.github.fourfold.jackson.FourfoldJson} for Jackson 3, with the same limits, strict mode, error
 * codes and JSON Pointers, and output byte for byte the same.
 *
 * <pre>{@code
 * FourfoldJson json = FourfoldJson.ofDefaults();
 * Lead lead = json.readLead(body);                 // throws FourfoldJsonException (unchecked)
 * String out = json.writeResult(Qualifier.fourQuestion().qualify(lead, LocalDate.now()));
 * }</pre>
 *
 * <p>One call reads one document that holds exactly one value: byte input is checked as strict
 * UTF-8, a leading byte order mark is ignored, content after the value is malformed, and the
 * {@link JsonReadOptions} limits are checked before a value is built, on a parser factory of this
 * instance's own. Output is compact UTF-8 in the format's property order, without defaults or
 * empty lists. Instances are immutable and thread-safe.
 */
public final class FourfoldJson extends AbstractFourfoldJson<FourfoldJsonException> {
  private static final FourfoldJson DEFAULTS = new FourfoldJson(JsonReadOptions.ofDefaults());

  private final FourfoldModule module;
  /** Text input, writing and {@link #mapper()}: names are not canonicalized. */
  private final JsonFactory factory;
  /** NDJSON output: nothing between top-level values (Jackson's default is a space). */
  private final JsonFactory linesFactory;

  private FourfoldJson(JsonReadOptions options) {
    this(options, factory(options));
  }

  private FourfoldJson(JsonReadOptions options, JsonFactory factory) {
    super(documents(options, factory));
    this.module = new FourfoldModule(options);
    this.factory = factory;
    this.linesFactory = factory.rebuild().rootValueSeparator((String) null).build();
  }

  private static JsonFactory factory(JsonReadOptions options) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxDocumentLength(Backstops.documentLength(options))
                .maxNestingDepth(Backstops.nestingDepth(options))
                .maxStringLength(Backstops.stringLength(options))
                .maxNameLength(Backstops.nameLength(options))
                .maxNumberLength(Backstops.numberLength(options))
                .build())
        .disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)
        .disable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // Pinned, not left to defaults: the format writes '/' and non-BMP characters as they are.
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .build();
  }

  private static Documents<FourfoldJsonException> documents(JsonReadOptions options, JsonFactory factory) {
    // Byte input, with canonical (seeded, so unguessable) names: each is decoded once.
    JsonFactory bytesFactory =
        factory
            .rebuild()
            .enable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)
            .streamReadConstraints(
                factory.streamReadConstraints().rebuild()
                    .maxNameLength(Backstops.nameBytes(options))
                    .build())
            .build();
    return new Documents<>(
        options,
        new Documents.Binding() {
          @Override
          public Jackson3Source parser(String json) {
            return Jackson3Source.of(factory.createParser(ObjectReadContext.empty(), json));
          }

          @Override
          public Jackson3Source parser(byte[] json) {
            return Jackson3Source.of(bytesFactory.createParser(ObjectReadContext.empty(), json));
          }

          @Override
          public Jackson3Sink generator(Writer out) {
            return new Jackson3Sink(factory.createGenerator(ObjectWriteContext.empty(), out));
          }

          @Override
          public Jackson3Sink generator(OutputStream out) {
            return new Jackson3Sink(factory.createGenerator(ObjectWriteContext.empty(), out));
          }
        },
        FourfoldJsonException::of);
  }

  /**
   * {@return a writer of NDJSON} Results and error lines, one line each, through one generator
   * and no buffer per result; a failure of the stream is thrown as an {@link java.io.IOException}. The
   * writer's {@code close()} flushes and leaves the stream open.
   *
   * @param out where to write UTF-8
   */
  @Override
  public ResultWriter resultWriter(OutputStream out) {
    return new Jackson3Lines(linesFactory.createGenerator(ObjectWriteContext.empty(), out));
  }

  /**
   * {@return the shared default instance} The instance with the format's default options.
   */
  public static FourfoldJson ofDefaults() {
    return DEFAULTS;
  }

  /**
   * {@return a new instance} An instance with other options (strict mode, limits).
   *
   * @param options the options
   */
  public static FourfoldJson of(JsonReadOptions options) {
    return options.isDefault() ? DEFAULTS : new FourfoldJson(options);
  }

  /**
   * {@return the module} The module with this instance's options, for a mapper of your own.
   */
  public FourfoldModule module() {
    return module;
  }

  /**
   * A new {@link JsonMapper} with this instance's factory (limits), module and {@code
   * FAIL_ON_TRAILING_TOKENS}, for frameworks that need a mapper.
   *
   * @return a new mapper
   */
  public JsonMapper mapper() {
    return JsonMapper.builder(factory)
        .addModule(module)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }
}
