package io.github.fourfold.json;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads leads from a stream one at a time, in memory bounded by the document limit whatever the
 * stream's size: each call returns the next lead or the error that kept it from being read, so
 * one bad record never stops the rest. Made by a binding's {@code FourfoldJson.readLeads}.
 *
 * <pre>{@code
 * LeadReader leads = json.readLeads(in, Framing.NDJSON);
 * for (LeadRecord r = leads.read(); r != null; r = leads.read()) {
 *   Lead lead = r.lead();
 *   if (lead != null) { ... } else { report(r.line(), r.error()); }
 * }
 * }</pre>
 *
 * <p>A leading byte order mark is ignored at the start of the input only. The reader reads the
 * stream in blocks, so it may read past the last record it returned; it never closes the stream.
 * Not thread-safe.
 */
public interface LeadReader {
  /**
   * Reads the next record.
   *
   * @return the next lead or error, or null at the end of the input (also after an error that
   *     {@linkplain LeadRecord#endsInput() ends it})
   * @throws IOException when reading the stream fails
   */
  @Nullable LeadRecord read() throws IOException;

  /**
   * Cuts the next record from the input without reading it, for programs that read records on
   * several threads: the framing (lines, array elements, their limits and structure errors) runs
   * here, in order; {@link FramedRecord#read()} then parses and checks the lead, with the same
   * result that {@link #read()} would have given. Calls of the two methods may be mixed. Memory:
   * a framed record holds its bytes (at most the document limit) until it is read.
   *
   * <p>The default reads the record right away; the library's readers leave it unread.
   *
   * @return the next record, framed, or null at the end of the input
   * @throws IOException when reading the stream fails
   */
  default @Nullable FramedRecord frame() throws IOException {
    LeadRecord record = read();
    return record == null ? null : () -> record;
  }
}
