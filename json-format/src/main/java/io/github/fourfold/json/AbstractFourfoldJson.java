package io.github.fourfold.json;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.json.internal.Documents;
import io.github.fourfold.json.internal.Format;
import io.github.fourfold.json.internal.LeadStream;
import io.github.fourfold.model.Lead;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;

/**
 * What the two Jackson bindings' {@code FourfoldJson} offer alike: reading and writing leads and
 * results in the Fourfold JSON format, one document at a time or many leads from a stream. Both
 * run on one reader and writer of the format, so they accept, reject and write exactly the same;
 * only the exception type differs, each binding's own {@code FourfoldJsonException}. Use
 * {@code io.github.fourfold.jackson.FourfoldJson} (Jackson 2) or
 * {@code io.github.fourfold.jackson3.FourfoldJson} (Jackson 3); this class is not meant to be
 * extended elsewhere.
 *
 * @param <E> the binding's exception for input that is not valid in the format
 */
public abstract class AbstractFourfoldJson<E extends Exception> {
  private final Documents<E> documents;

  /**
   * For the bindings: their one reader and writer of documents.
   *
   * @param documents the format's reader and writer over the binding's parsers and generators
   */
  @SuppressWarnings("exports") // Documents is exported to the bindings, the only subclasses.
  protected AbstractFourfoldJson(Documents<E> documents) {
    this.documents = documents;
  }

  /**
   * Reads a lead from JSON text.
   *
   * @param json one JSON document holding one lead object
   * @return the lead
   * @throws E when the text is not a valid lead
   */
  public final Lead readLead(String json) throws E {
    return documents.readText(json, Format.LEAD);
  }

  /**
   * Reads a lead from UTF-8 bytes.
   *
   * @param json one JSON document in UTF-8 holding one lead object
   * @return the lead
   * @throws E when the bytes are not a valid lead
   */
  public final Lead readLead(byte[] json) throws E {
    return documents.readBytes(json, Format.LEAD);
  }

  /**
   * Reads a lead from a stream of UTF-8 bytes, up to its end; the stream is not closed.
   *
   * @param json one JSON document in UTF-8 holding one lead object
   * @return the lead
   * @throws E when the input is not a valid lead
   * @throws IOException when reading the stream fails
   */
  public final Lead readLead(InputStream json) throws E, IOException {
    return documents.readBytes(json, Format.LEAD);
  }

  /**
   * Reads a lead from a character stream, up to its end; the reader is not closed.
   *
   * @param json one JSON document holding one lead object
   * @return the lead
   * @throws E when the input is not a valid lead
   * @throws IOException when reading the stream fails
   */
  public final Lead readLead(Reader json) throws E, IOException {
    return documents.readText(json, Format.LEAD);
  }

  /**
   * Reads many leads from a stream of UTF-8 bytes, one at a time and in bounded memory: each
   * {@link LeadReader#read()} gives the next lead, or the error that kept one record from being
   * read (the same code, pointer and id that {@link #readLead(byte[])} gives for its bytes), and
   * the rest is still read. This instance's limits and strict mode apply to each lead; the
   * document limit to each line or array element.
   *
   * <pre>{@code
   * try (ResultWriter out = json.resultWriter(System.out)) {
   *   LeadReader leads = json.readLeads(in, Framing.NDJSON);
   *   for (LeadRecord r = leads.read(); r != null; r = leads.read()) {
   *     Lead lead = r.lead();
   *     if (lead == null) {
   *       out.writeError(r, "leads.ndjson");
   *     } else {
   *       out.writeResult(qualifier.qualify(lead, today));
   *     }
   *   }
   * }
   * }</pre>
   *
   * @param in the stream; read in blocks, never closed by the reader
   * @param framing NDJSON, or one JSON document (an array of leads or one lead)
   * @return the reader
   */
  public final LeadReader readLeads(InputStream in, Framing framing) {
    return new LeadStream(in, framing, documents);
  }

  /**
   * Reads a qualification result from JSON text, for example one written by another service.
   *
   * @param json one JSON document holding one result object
   * @return the result
   * @throws E when the text is not a valid result
   */
  public final QualificationResult readResult(String json) throws E {
    return documents.readText(json, Format.RESULT);
  }

  /**
   * Reads a qualification result from UTF-8 bytes.
   *
   * @param json one JSON document in UTF-8 holding one result object
   * @return the result
   * @throws E when the bytes are not a valid result
   */
  public final QualificationResult readResult(byte[] json) throws E {
    return documents.readBytes(json, Format.RESULT);
  }

  /**
   * Reads a qualification result from a stream of UTF-8 bytes; the stream is not closed.
   *
   * @param json one JSON document in UTF-8 holding one result object
   * @return the result
   * @throws E when the input is not a valid result
   * @throws IOException when reading the stream fails
   */
  public final QualificationResult readResult(InputStream json) throws E, IOException {
    return documents.readBytes(json, Format.RESULT);
  }

  /**
   * Reads a qualification result from a character stream; the reader is not closed.
   *
   * @param json one JSON document holding one result object
   * @return the result
   * @throws E when the input is not a valid result
   * @throws IOException when reading the stream fails
   */
  public final QualificationResult readResult(Reader json) throws E, IOException {
    return documents.readText(json, Format.RESULT);
  }

  /**
   * Writes a lead as one line of JSON.
   *
   * @param lead the lead
   * @return the JSON text
   * @throws IllegalArgumentException when a text in the lead has an unpaired surrogate, which
   *     JSON in UTF-8 cannot carry
   */
  public final String writeLead(Lead lead) {
    return documents.writeText(lead, Format.LEAD);
  }

  /**
   * Writes a lead as one line of UTF-8 JSON (without a line break) to a stream, which is not
   * closed. Nothing is written when the lead cannot be written.
   *
   * @param lead the lead
   * @param out where to write
   * @throws IOException when writing to the stream fails
   * @throws IllegalArgumentException when a text in the lead has an unpaired surrogate
   */
  public final void writeLead(Lead lead, OutputStream out) throws IOException {
    documents.writeBytes(lead, Format.LEAD, out);
  }

  /**
   * Writes a qualification result as one line of JSON.
   *
   * @param result the result
   * @return the JSON text
   * @throws IllegalArgumentException when a text in the result has an unpaired surrogate
   */
  public final String writeResult(QualificationResult result) {
    return documents.writeText(result, Format.RESULT);
  }

  /**
   * Writes a qualification result as one line of UTF-8 JSON (without a line break) to a stream,
   * which is not closed. Nothing is written when the result cannot be written.
   *
   * @param result the result
   * @param out where to write
   * @throws IOException when writing to the stream fails
   * @throws IllegalArgumentException when a text in the result has an unpaired surrogate
   */
  public final void writeResult(QualificationResult result, OutputStream out) throws IOException {
    documents.writeBytes(result, Format.RESULT, out);
  }

  /**
   * A writer of results and error lines as NDJSON to a stream, through one generator: nothing is
   * buffered per result, and a failure of the stream is thrown, never swallowed. Closing the
   * writer flushes it; the stream stays open.
   *
   * @param out where to write UTF-8
   * @return the writer
   * @throws IOException when the writer cannot be made
   */
  public abstract ResultWriter resultWriter(OutputStream out) throws IOException;
}
