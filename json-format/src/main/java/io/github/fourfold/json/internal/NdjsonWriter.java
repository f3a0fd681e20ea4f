package io.github.fourfold.json.internal;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.json.JsonReadError;
import io.github.fourfold.json.LeadRecord;
import io.github.fourfold.json.ResultWriter;
import io.github.fourfold.model.Lead;
import java.io.IOException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Writes results and error lines as NDJSON through one binding's generator, the same for every
 * binding. A result is first walked without output to find text that JSON in UTF-8 cannot carry,
 * so that a refused result leaves no partial line.
 */
public final class NdjsonWriter implements ResultWriter {
  /** Walks a value to find unwritable text; writes nothing. */
  private static final TokenSink CHECK =
      new TokenSink() {
        @Override
        public void startObject() {}

        @Override
        public void endObject() {}

        @Override
        public void startArray() {}

        @Override
        public void endArray() {}

        @Override
        public void name(String name) {}

        @Override
        public void string(String value) {}

        @Override
        public void number(int value) {}

        @Override
        public void decimal(BigDecimal value, String text) {}

        @Override
        public void bool(boolean value) {}

        @Override
        public void unwritable(String message) {
          throw new IllegalArgumentException(message);
        }
      };

  private final RecordSink sink;

  /**
   * Creates the writer.
   *
   * @param sink the binding's generator, writing nothing between top-level values
   */
  public NdjsonWriter(RecordSink sink) {
    this.sink = sink;
  }

  @Override
  public void writeResult(QualificationResult result) throws IOException {
    FormatWriter.write(CHECK, Format.RESULT, result);
    FormatWriter.write(sink, Format.RESULT, result);
    sink.endLine();
  }

  @Override
  public void writeError(LeadRecord record, @Nullable String file) throws IOException {
    JsonReadError error = record.error();
    if (error == null) {
      throw new IllegalArgumentException("expected an error record, but it holds a lead");
    }
    errorLine(record, file, error.leadId(), error.code().name(), error.pointer(), error.message());
  }

  @Override
  public void writeFailure(LeadRecord record, @Nullable String file, String code, String message)
      throws IOException {
    Lead lead = record.lead();
    if (lead == null) {
      throw new IllegalArgumentException("expected a lead record, but it holds an error");
    }
    errorLine(record, file, lead.id(), code, null, message);
  }

  private void errorLine(
      LeadRecord record,
      @Nullable String file,
      @Nullable String id,
      String code,
      @Nullable String pointer,
      String message)
      throws IOException {
    sink.startObject();
    sink.name("error");
    sink.startObject();
    if (file != null) {
      text("file", file);
    }
    if (record.line() >= 0) {
      sink.name("line");
      sink.number(record.line());
    }
    if (record.index() >= 0) {
      sink.name("index");
      sink.number(record.index());
    }
    if (id != null) {
      text("id", id);
    }
    text("code", code);
    if (pointer != null) {
      text("pointer", pointer);
    }
    text("message", message);
    sink.endObject();
    sink.endObject();
    sink.endLine();
  }

  /** A text the caller or the input gave: written with unpaired surrogates replaced. */
  private void text(String name, String value) throws IOException {
    sink.name(name);
    sink.string(Values.hasUnpairedSurrogate(value) ? replaceUnpaired(value) : value);
  }

  private static String replaceUnpaired(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        out.append(c).append(value.charAt(++i));
      } else {
        out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }

  @Override
  public void flush() throws IOException {
    sink.flush();
  }

  @Override
  public void close() throws IOException {
    sink.close();
  }
}
