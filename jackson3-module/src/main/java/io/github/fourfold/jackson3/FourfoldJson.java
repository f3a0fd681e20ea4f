package io.github.fourfold.jackson3;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.jackson3.internal.Jackson3Lines;
import io.github.fourfold.jackson3.internal.Jackson3Sink;
import io.github.fourfold.jackson3.internal.Jackson3Source;
import io.github.fourfold.json.Framing;
import io.github.fourfold.json.JsonReadOptions;
import io.github.fourfold.json.LeadReader;
import io.github.fourfold.json.ResultWriter;
import io.github.fourfold.json.internal.Documents;
import io.github.fourfold.json.internal.Format;
import io.github.fourfold.json.internal.LeadStream;
import io.github.fourfold.model.Lead;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
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
public final class FourfoldJson {
  private static final FourfoldJson DEFAULTS = new FourfoldJson(JsonReadOptions.ofDefaults());

  private final FourfoldModule module;
  /** Text input, writing and {@link #mapper()}: names are not canonicalized. */
  private final JsonFactory factory;
  /** Byte input, with canonical (seeded, so unguessable) names: each is decoded once. */
  private final JsonFactory bytesFactory;
  private final Documents<FourfoldJsonException> documents;
  /** NDJSON output: nothing between top-level values (Jackson's default is a space). */
  private final JsonFactory linesFactory;

  private FourfoldJson(JsonReadOptions options) {
    this.module = new FourfoldModule(options);
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    // Back-stops only; the format's reader checks each limit first.
                    .maxDocumentLength(options.maxDocumentBytes())
                    .maxNestingDepth(options.maxNestingDepth() + 1)
                    .maxStringLength(options.maxStringLength() * 2)
                    .maxNameLength(options.maxNameLength() * 2)
                    .maxNumberLength(options.maxNumberLength())
                    .build())
            .disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)
            .disable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // Pinned, not left to defaults: the format writes '/' and non-BMP characters as they are.
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();
    // The UTF-8 parser counts a name's length in bytes (up to four per code point), the text
    // parser in chars (up to two): the back-stop lets every name within the format's limit through.
    this.bytesFactory =
        factory
            .rebuild()
            .enable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)
            .streamReadConstraints(
                factory.streamReadConstraints().rebuild()
                    .maxNameLength(options.maxNameLength() * 4)
                    .build())
            .build();
    this.linesFactory = factory.rebuild().rootValueSeparator((String) null).build();
    this.documents =
        new Documents<>(
            options,
            new Documents.Binding() {
              @Override
              public Jackson3Source parser(String json) {
                return Jackson3Source.of(factory.createParser(ObjectReadContext.empty(), json));
              }

              @Override
              public Jackson3Source parser(byte[] json) {
                return Jackson3Source.of(
                    bytesFactory.createParser(ObjectReadContext.empty(), json));
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
   * {@return a reader of the stream's leads} Many leads from UTF-8 bytes, one at a time in
   * bounded memory: each record is a lead, or the error (as {@link #readLead(byte[])} reports it
   * for the same bytes) that kept that line or element from being read, and reading goes on.
   * Limits and strict mode are this instance's, the document limit applying per record.
   *
   * <pre>{@code
   * LeadReader leads = json.readLeads(in, Framing.JSON);
   * for (LeadRecord r = leads.read(); r != null; r = leads.read()) { ... }
   * }</pre>
   *
   * @param in the stream, read in blocks and left open
   * @param framing NDJSON, or one JSON document (an array of leads or one lead)
   */
  public LeadReader readLeads(InputStream in, Framing framing) {
    return new LeadStream(in, framing, documents);
  }

  /**
   * {@return a writer of NDJSON} Results and error lines, one line each, through one generator
   * and no buffer per result; a failure of the stream is thrown as an {@link IOException}. The
   * writer's {@code close()} flushes and leaves the stream open.
   *
   * @param out where to write UTF-8
   */
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
   * {@return the lead} Reads a lead from JSON text.
   *
   * @param json one document holding one lead
   * @throws FourfoldJsonException when it is not a valid lead
   */
  public Lead readLead(String json) {
    return documents.readText(json, Format.LEAD);
  }

  /**
   * {@return the lead} Reads a lead from UTF-8 bytes.
   *
   * @param json one document holding one lead
   * @throws FourfoldJsonException when it is not a valid lead
   */
  public Lead readLead(byte[] json) {
    return documents.readBytes(json, Format.LEAD);
  }

  /**
   * {@return the lead} Reads a lead from UTF-8 bytes up to the stream's end; the stream is left open.
   *
   * @param json one document holding one lead
   * @throws FourfoldJsonException when it is not a valid lead
   * @throws IOException when the stream fails
   */
  public Lead readLead(InputStream json) throws IOException {
    return documents.readBytes(json, Format.LEAD);
  }

  /**
   * {@return the lead} Reads a lead from characters up to the reader's end; the reader is left open.
   *
   * @param json one document holding one lead
   * @throws FourfoldJsonException when it is not a valid lead
   * @throws IOException when the reader fails
   */
  public Lead readLead(Reader json) throws IOException {
    return documents.readText(json, Format.LEAD);
  }

  /**
   * {@return the result} Reads a qualification result from JSON text.
   *
   * @param json one document holding one result
   * @throws FourfoldJsonException when it is not a valid result
   */
  public QualificationResult readResult(String json) {
    return documents.readText(json, Format.RESULT);
  }

  /**
   * {@return the result} Reads a qualification result from UTF-8 bytes.
   *
   * @param json one document holding one result
   * @throws FourfoldJsonException when it is not a valid result
   */
  public QualificationResult readResult(byte[] json) {
    return documents.readBytes(json, Format.RESULT);
  }

  /**
   * {@return the result} Reads a qualification result from UTF-8 bytes up to the stream's end; it is left open.
   *
   * @param json one document holding one result
   * @throws FourfoldJsonException when it is not a valid result
   * @throws IOException when the stream fails
   */
  public QualificationResult readResult(InputStream json) throws IOException {
    return documents.readBytes(json, Format.RESULT);
  }

  /**
   * {@return the result} Reads a qualification result from characters up to the reader's end; it is left open.
   *
   * @param json one document holding one result
   * @throws FourfoldJsonException when it is not a valid result
   * @throws IOException when the reader fails
   */
  public QualificationResult readResult(Reader json) throws IOException {
    return documents.readText(json, Format.RESULT);
  }

  /**
   * {@return the text} Writes a lead as one line of JSON.
   *
   * @param lead the lead
   * @throws IllegalArgumentException when a text in it has an unpaired surrogate
   */
  public String writeLead(Lead lead) {
    return documents.writeText(lead, Format.LEAD);
  }

  /**
   * Writes a lead as one line of UTF-8 (no line break) to a stream that is left open; nothing is
   * written when the lead cannot be.
   *
   * @param lead the lead
   * @param out the stream
   * @throws IOException when the stream fails
   * @throws IllegalArgumentException when a text in it has an unpaired surrogate
   */
  public void writeLead(Lead lead, OutputStream out) throws IOException {
    documents.writeBytes(lead, Format.LEAD, out);
  }

  /**
   * {@return the text} Writes a qualification result as one line of JSON.
   *
   * @param result the result
   * @throws IllegalArgumentException when a text in it has an unpaired surrogate
   */
  public String writeResult(QualificationResult result) {
    return documents.writeText(result, Format.RESULT);
  }

  /**
   * Writes a qualification result as one line of UTF-8 (no line break) to a stream that is left
   * open; nothing is written when the result cannot be.
   *
   * @param result the result
   * @param out the stream
   * @throws IOException when the stream fails
   * @throws IllegalArgumentException when a text in it has an unpaired surrogate
   */
  public void writeResult(QualificationResult result, OutputStream out) throws IOException {
    documents.writeBytes(result, Format.RESULT, out);
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
