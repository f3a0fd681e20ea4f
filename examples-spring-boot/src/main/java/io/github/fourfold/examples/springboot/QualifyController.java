package io.github.fourfold.examples.springboot;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.jackson3.FourfoldJson;
import io.github.fourfold.json.Framing;
import io.github.fourfold.json.JsonErrorCode;
import io.github.fourfold.json.JsonReadError;
import io.github.fourfold.json.LeadReader;
import io.github.fourfold.json.LeadRecord;
import io.github.fourfold.json.ResultWriter;
import io.github.fourfold.model.Lead;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

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

  QualifyController(Qualifier qualifier, Clock clock, FourfoldJson json) {
    this.qualifier = qualifier;
    this.clock = clock;
    this.json = json;
  }

  /**
   * One lead. Spring Boot's {@code JsonMapper} reads the body and writes the result: the Fourfold
   * module it found does both, so a bad lead throws {@code FourfoldJsonException}.
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
   * Many leads, one per line, through the library's streaming reader and result writer: each
   * line is read, qualified and answered before the next is read, so memory holds one line (at
   * most the format's 1 MiB) whatever the body's length. A bad line gets the format's error line
   * and the stream goes on; a body over its limit ends the stream with one {@code LIMIT_EXCEEDED}
   * error line (or status 413 when its declared length is over).
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
    LeadReader leads = json.readLeads(request.getInputStream(), Framing.NDJSON);
    // Reads the first line before anything is written: a body refused outright is still a 413.
    LeadRecord record = leads.read();
    response.setContentType(MediaType.APPLICATION_NDJSON_VALUE);
    try (ResultWriter out = json.resultWriter(response.getOutputStream())) {
      long line = 0;
      try {
        while (record != null) {
          line = record.line();
          answer(record, date, out);
          record = leads.read();
        }
      } catch (RequestTooLargeException e) {
        JsonReadError tooLarge = JsonReadError.of(JsonErrorCode.LIMIT_EXCEEDED, null,
            "expected a request body of at most " + e.limit() + " bytes", null);
        out.writeError(LeadRecord.ofError(tooLarge, line + 1, -1, true), null);
      }
    }
  }

  private void answer(LeadRecord record, LocalDate date, ResultWriter out) throws IOException {
    Lead lead = record.lead();
    if (lead == null) {
      out.writeError(record, null);
      return;
    }
    QualificationResult result;
    try {
      result = qualifier.qualify(lead, date);
    } catch (RuntimeException e) {
      out.writeFailure(record, null, QUALIFIER_FAILED, Problems.QUALIFIER_FAILED_DETAIL);
      return;
    }
    out.writeResult(result);
  }
}
