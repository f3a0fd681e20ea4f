package io.github.fourfold.examples.springboot;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.jackson3.FourfoldJson;
import io.github.fourfold.jackson3.FourfoldJsonException;
import io.github.fourfold.json.JsonErrorCode;
import io.github.fourfold.json.JsonReadOptions;
import io.github.fourfold.model.Lead;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /qualify}: one lead in, its result out ({@code application/json}); or NDJSON in, one
 * line out per lead, in input order ({@code application/x-ndjson}). {@code asOf} (ISO date,
 * default today) is the reference date.
 */
@RestController
final class QualifyController {
  /** The command line's code for a lead that was read but that the qualifier failed on. */
  static final String QUALIFIER_FAILED = "QUALIFIER_FAILED";

  private final Qualifier qualifier;
  private final Clock clock;
  private final FourfoldJson json;
  private final ObjectWriter errorWriter;

  QualifyController(Qualifier qualifier, Clock clock, FourfoldJson json, JsonMapper mapper) {
    this.qualifier = qualifier;
    this.clock = clock;
    this.json = json;
    this.errorWriter = mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
  }

  /**
   * One lead. Spring Boot's {@code JsonMapper} reads the body and writes the result: the Fourfold
   * module it found does both, so a bad lead throws {@link FourfoldJsonException}.
   */
  @PostMapping(
      path = "/qualify",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  QualificationResult qualify(
      @RequestBody Lead lead,
      @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
          LocalDate asOf) {
    return qualifier.qualify(lead, asOf == null ? LocalDate.now(clock) : asOf);
  }

  /**
   * Many leads, one per line. Each line is read, qualified and answered before the next is read,
   * so memory holds one line (at most the format's 1 MiB) whatever the body's length. A bad line
   * gets the format's error line and the stream goes on; a body over its limit ends the stream
   * with one {@code LIMIT_EXCEEDED} error line (or status 413 when its declared length is over).
   */
  @PostMapping(
      path = "/qualify",
      consumes = MediaType.APPLICATION_NDJSON_VALUE,
      produces = MediaType.APPLICATION_NDJSON_VALUE)
  void qualifyStream(
      HttpServletRequest request,
      HttpServletResponse response,
      @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
          LocalDate asOf)
      throws IOException {
    LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
    NdjsonLines lines = new NdjsonLines(request.getInputStream(), maxLineBytes());
    // Reads the first line before anything is written: a body refused outright is still a 413.
    NdjsonLines.Line line = lines.next();
    response.setContentType(MediaType.APPLICATION_NDJSON_VALUE);
    try (OutputStream out = new BufferedOutputStream(response.getOutputStream(), 16 * 1024)) {
      long number = 0;
      try {
        while (line != null) {
          number = line.number();
          answer(line, date, out);
          line = lines.next();
        }
      } catch (RequestTooLargeException e) {
        writeError(out, number + 1, null, JsonErrorCode.LIMIT_EXCEEDED.name(), null, e.getMessage());
      }
    }
  }

  private void answer(NdjsonLines.Line line, LocalDate date, OutputStream out) throws IOException {
    byte[] bytes = line.bytes();
    if (bytes == null) {
      writeError(out, line.number(), null, JsonErrorCode.LIMIT_EXCEEDED.name(), null,
          "The line is over the limit of " + maxLineBytes() + " bytes.");
      return;
    }
    Lead lead;
    try {
      lead = json.readLead(bytes);
    } catch (FourfoldJsonException e) {
      writeError(out, line.number(), e.leadId(), e.code().name(), e.pointer(), e.getMessage());
      return;
    }
    QualificationResult result;
    try {
      result = qualifier.qualify(lead, date);
    } catch (RuntimeException e) {
      writeError(out, line.number(), lead.id(), QUALIFIER_FAILED, null, Problems.QUALIFIER_FAILED_DETAIL);
      return;
    }
    json.writeResult(result, out);
    out.write('\n');
  }

  private static int maxLineBytes() {
    return JsonReadOptions.ofDefaults().maxDocumentBytes();
  }

  /** The format's error line: {@code {"error":{"line":…,"id":…,"code":…,"pointer":…,"message":…}}}. */
  private void writeError(
      OutputStream out,
      long line,
      @Nullable String id,
      String code,
      @Nullable String pointer,
      @Nullable String message)
      throws IOException {
    try (JsonGenerator g = errorWriter.createGenerator(out)) {
      g.writeStartObject();
      g.writeName("error");
      g.writeStartObject();
      g.writeNumberProperty("line", line);
      if (id != null) {
        g.writeStringProperty("id", id);
      }
      g.writeStringProperty("code", code);
      if (pointer != null) {
        g.writeStringProperty("pointer", pointer);
      }
      g.writeStringProperty("message", message == null ? code : message);
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write('\n');
  }
}
