package io.github.fourfold.examples.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.Verdict;
import io.github.fourfold.jackson.FourfoldModule;
import io.github.fourfold.model.Lead;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Re-qualifies a batch: reads a JSON array of leads one element at a time, qualifies each as of a
 * given date, and prints the count per verdict and the leads to revisit, by date.
 *
 * <p>Usage: {@code RequalifyBatchExample [FILE.json] [yyyy-mm-dd]} (default: the bundled
 * {@code examples/leads/batch/requalify.json}, as of 2027-03-01).
 */
public final class RequalifyBatchExample {
  private RequalifyBatchExample() {}

  /**
   * Runs the example.
   *
   * @param args optionally the file and the reference date
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/leads/batch/requalify.json");
    LocalDate asOf = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.of(2027, 3, 1);
    try (InputStream in = Files.newInputStream(file)) {
      run(in, asOf, System.out);
    }
  }

  /**
   * Qualifies every lead of a JSON array and prints the summary.
   *
   * @param json the array, UTF-8
   * @param asOf the reference date
   * @param out where to print
   * @throws IOException when reading fails or a lead is invalid
   */
  public static void run(InputStream json, LocalDate asOf, PrintStream out) throws IOException {
    // The module reads each lead with its own strict reader and limits; the mapper only frames
    // the array, so the batch may be larger than one lead's 1 MiB limit.
    ObjectMapper mapper = new ObjectMapper().registerModule(new FourfoldModule());
    Qualifier qualifier = Qualifier.fourQuestion();
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    List<QualificationResult> revisit = new ArrayList<>();
    try (JsonParser parser = mapper.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new IOException("expected a JSON array of leads");
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        Lead lead = mapper.readValue(parser, Lead.class);
        QualificationResult result = qualifier.qualify(lead, asOf);
        counts.merge(result.verdict(), 1, Integer::sum);
        if (result.revisitOn() != null) {
          revisit.add(result);
        }
      }
    }
    out.println("As of " + asOf + ":");
    for (Verdict verdict : new Verdict[] {Verdict.SQL, Verdict.NOT_YET, Verdict.DISQUALIFIED}) {
      out.printf("  %-12s %d%n", verdict, counts.getOrDefault(verdict, 0));
    }
    revisit.sort(Comparator.comparing(RequalifyBatchExample::revisitDate)
        .thenComparing(QualificationResult::leadId));
    out.println("To revisit:");
    for (QualificationResult result : revisit) {
      out.println("  " + revisitDate(result) + "  " + result.leadId());
    }
  }

  private static LocalDate revisitDate(QualificationResult result) {
    LocalDate date = result.revisitOn();
    return date != null ? date : LocalDate.MAX;
  }
}
