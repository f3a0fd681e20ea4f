package io.github.fourfold.examples.qualify;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.QualifierFailedException;
import io.github.fourfold.Verdict;
import io.github.fourfold.jackson.FourfoldJson;
import io.github.fourfold.json.LeadRecord;
import io.github.fourfold.json.ResultWriter;
import io.github.fourfold.model.Lead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Qualifies a record's lead and writes its output line: the result (as NDJSON, or as the text
 * report), or the error line of a record that could not be read or whose qualifier failed.
 *
 * <p>Not thread-safe (the library's writer is not): each thread that formats has its own, over
 * its own stream. The qualifier is shared, as its contract allows.
 */
final class LineFormatter {
  private final Qualifier qualifier;
  private final LocalDate asOf;
  private final @Nullable TextReport text;
  private final OutputStream out;
  /** Results and error lines in NDJSON; for text, error lines into {@link #errorLine}. */
  private final ResultWriter lines;
  private final ByteArrayOutputStream errorLine = new ByteArrayOutputStream(256);

  LineFormatter(FourfoldJson json, Qualifier qualifier, LocalDate asOf, @Nullable TextReport text, OutputStream out) {
    this.qualifier = qualifier;
    this.asOf = asOf;
    this.text = text;
    this.out = out;
    try {
      // NDJSON goes through the library's writer straight onto the stream, whose failures reach
      // the caller; text output writes each error line into a buffer to neutralise it.
      this.lines = json.resultWriter(text == null ? out : errorLine);
    } catch (IOException e) {
      throw new UncheckedIOException("creating a writer writes nothing", e);
    }
  }

  /**
   * Writes the record's line.
   *
   * @return the lead's verdict, or null when the line is an error line
   * @throws IOException when the stream fails
   */
  @Nullable Verdict write(@Nullable String file, LeadRecord record) throws IOException {
    Lead lead = record.lead();
    if (lead == null) {
      lines.writeError(record, file);
      errorWritten();
      return null;
    }
    QualificationResult result;
    try {
      result = qualifier.qualify(lead, asOf);
    } catch (QualifierFailedException e) {
      return failed(file, record, String.valueOf(e.getMessage()));
    } catch (RuntimeException e) {
      return failed(file, record, failure("threw " + e.getClass().getName()));
    }
    if (text != null) {
      out.write(text.render(lead, result).getBytes(StandardCharsets.UTF_8));
    } else {
      try {
        lines.writeResult(result);
      } catch (IllegalArgumentException e) {
        // The writer wrote nothing: a text of the result is not Unicode JSON can carry.
        return failed(file, record,
            failure("returned a text with an unpaired surrogate, which JSON cannot carry"));
      }
    }
    return result.verdict();
  }

  /** The failure's message in the library's words: the qualifier's id and what went wrong. */
  private String failure(String what) {
    return String.valueOf(new QualifierFailedException(qualifier.id(), what, null).getMessage());
  }

  /** Writes what the library's writer still buffers to the stream, and flushes the stream. */
  void flush() throws IOException {
    lines.flush();
  }

  private @Nullable Verdict failed(@Nullable String file, LeadRecord record, String message) throws IOException {
    lines.writeFailure(record, file, QualifyCommand.QUALIFIER_FAILED, message);
    errorWritten();
    return null;
  }

  /** As text, moves the error line just written from its buffer to the output. */
  private void errorWritten() throws IOException {
    if (text != null) {
      lines.flush();
      // JSON escapes C0 controls but not C1 ones or bidirectional controls; as \\uXXXX they stay
      // valid JSON and harmless on a terminal.
      String line = errorLine.toString(StandardCharsets.UTF_8).stripTrailing();
      errorLine.reset();
      out.write(("error: " + TerminalText.safe(line) + "\n\n").getBytes(StandardCharsets.UTF_8));
    }
  }
}
