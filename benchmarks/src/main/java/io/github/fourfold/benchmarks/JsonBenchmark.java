package io.github.fourfold.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.benchmarks.data.Dataset;
import io.github.fourfold.benchmarks.floor.HandWrittenRule;
import io.github.fourfold.benchmarks.floor.PlainLead;
import io.github.fourfold.benchmarks.json.Jackson3Records;
import io.github.fourfold.benchmarks.json.JsonRecords;
import io.github.fourfold.jackson.FourfoldJson;
import io.github.fourfold.model.Lead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JSON, per lead document (issue 7, item 4): the same 10,000 seeded leads as {@link
 * QualifyBenchmark}, each written once as a compact UTF-8 JSON document by {@link
 * FourfoldJson#writeLead} (about 1 KB), then read from those bytes by the Fourfold module; read,
 * qualified and the result written; bound into plain records by Jackson databind (the floor); and
 * only tokenized by jackson-core.
 *
 * <p>Before any timing the setup checks, on every document, that the Fourfold read gives a lead
 * equal to the one written, that the records floor holds the same fields (converted to {@link
 * PlainLead}, it equals the plain copy of the original lead) and gives the same verdict and unmet
 * criteria through the hand-written rule, and that read + qualify gives the default qualifier's
 * verdict and unmet criteria.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonBenchmark {

  /** One binding's {@code readLead(byte[])}. */
  @FunctionalInterface
  interface LeadParser {
    Lead read(byte[] json) throws IOException;
  }

  /** The documents and the readers. */
  @State(Scope.Benchmark)
  public static class Documents {
    byte[][] docs = new byte[0][];
    final LocalDate asOf = Dataset.AS_OF;
    final Qualifier qualifier = Qualifier.fourQuestion();
    final FourfoldJson json = FourfoldJson.ofDefaults();
    final ObjectReader records = JsonRecords.reader();
    final JsonFactory factory = new JsonFactory();
    final io.github.fourfold.jackson3.FourfoldJson json3 =
        io.github.fourfold.jackson3.FourfoldJson.ofDefaults();
    final tools.jackson.databind.ObjectReader records3 = Jackson3Records.reader();
    final tools.jackson.core.json.JsonFactory factory3 = new tools.jackson.core.json.JsonFactory();
    final LeadParser fourfold = json::readLead;
    final LeadParser fourfold3 = json3::readLead;

    /**
     * Writes the leads as JSON and checks every reader against the original leads.
     *
     * @throws IOException never: the documents are in memory
     */
    @Setup
    public void setUp() throws IOException {
      Dataset data = Dataset.of(Dataset.LARGE);
      Lead[] leads = data.leads();
      docs = new byte[leads.length][];
      long bytes = 0;
      for (int i = 0; i < leads.length; i++) {
        docs[i] = json.writeLead(leads[i]).getBytes(StandardCharsets.UTF_8);
        bytes += docs[i].length;
      }
      int differ = 0;
      StringBuilder first = new StringBuilder();
      for (int i = 0; i < docs.length; i++) {
        Lead read = json.readLead(docs[i]);
        PlainLead floor = JsonRecords.toPlain(records.readValue(docs[i]));
        PlainLead floor3 = JsonRecords.toPlain(records3.readValue(docs[i]));
        boolean same = read.equals(leads[i])
            && json3.readLead(docs[i]).equals(leads[i])
            && floor.equals(data.plain()[i])
            && floor3.equals(data.plain()[i])
            && HandWrittenRule.qualify(floor, asOf) == data.expected(i)
            && Dataset.pack(qualifier.qualify(read, asOf)) == data.expected(i);
        if (!same && differ++ < 5) {
          first.append(' ').append(leads[i].id());
        }
      }
      if (differ > 0) {
        throw new IllegalStateException("the JSON readers disagree with the original leads on " + differ
            + " of " + docs.length + " documents, first:" + first);
      }
      System.gc();
      System.out.println();
      System.out.printf("Dataset: %s; %d JSON documents, %.0f bytes on average; both Fourfold reads equal the"
          + " original lead, both records floors hold the same fields and all give the same verdicts%n",
          data.describe(), docs.length, (double) bytes / docs.length);
    }
  }

  /** A reusable output buffer for the written results, as a server would reuse one per thread. */
  @State(Scope.Thread)
  public static class Output {
    final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
  }

  /**
   * Reads each document with the Fourfold module.
   *
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(Dataset.LARGE)
  public void fourfoldRead(Documents s, Blackhole bh) throws IOException {
    read(s, s.fourfold, bh);
  }

  /**
   * Reads each document with the Fourfold module and qualifies the lead (the target's "read +
   * qualify").
   *
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(Dataset.LARGE)
  public void fourfoldReadQualify(Documents s, Blackhole bh) throws IOException {
    readQualify(s, s.fourfold, bh);
  }

  private static void read(Documents s, LeadParser parser, Blackhole bh) throws IOException {
    for (byte[] doc : s.docs) {
      bh.consume(parser.read(doc));
    }
  }

  private static void readQualify(Documents s, LeadParser parser, Blackhole bh) throws IOException {
    Qualifier qualifier = s.qualifier;
    LocalDate asOf = s.asOf;
    for (byte[] doc : s.docs) {
      bh.consume(qualifier.qualify(parser.read(doc), asOf));
    }
  }

  /**
   * Reads, qualifies and writes each result as JSON into a reused buffer.
   *
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(Dataset.LARGE)
  public void fourfoldReadQualifyWrite(Documents s, Output o, Blackhole bh) throws IOException {
    FourfoldJson json = s.json;
    Qualifier qualifier = s.qualifier;
    LocalDate asOf = s.asOf;
    ByteArrayOutputStream out = o.out;
    for (byte[] doc : s.docs) {
      QualificationResult result = qualifier.qualify(json.readLead(doc), asOf);
      out.reset();
      json.writeResult(result, out);
      bh.consume(out.size());
    }
  }

  /**
   * The floor: plain Jackson databind of each document into records.
   *
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(Dataset.LARGE)
  public void databindRecords(Documents s, Blackhole bh) throws IOException {
    ObjectReader reader = s.records;
    for (byte[] doc : s.docs) {
      bh.consume(reader.<JsonRecords.JsonLead>readValue(doc));
    }
  }

  /**
   * jackson-core only: every token of each document, nothing bound (strings are not even
   * decoded).
   *
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(Dataset.LARGE)
  public void tokens(Documents s, Blackhole bh) throws IOException {
    JsonFactory factory = s.factory;
    for (byte[] doc : s.docs) {
      try (JsonParser p = factory.createParser(doc)) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          bh.consume(t);
        }
      }
    }
  }

  // ---------------------------------------------------------------- Jackson 3

  /**
   * Reads each document with the Fourfold Jackson 3 binding.
   *
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(Dataset.LARGE)
  public void jackson3Read(Documents s, Blackhole bh) throws IOException {
    read(s, s.fourfold3, bh);
  }

  /**
   * Reads each document with the Fourfold Jackson 3 binding and qualifies the lead.
   *
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(Dataset.LARGE)
  public void jackson3ReadQualify(Documents s, Blackhole bh) throws IOException {
    readQualify(s, s.fourfold3, bh);
  }

  /**
   * The Jackson 3 floor: plain Jackson 3 databind of each document into the same records.
   */
  @Benchmark
  @OperationsPerInvocation(Dataset.LARGE)
  public void jackson3DatabindRecords(Documents s, Blackhole bh) {
    tools.jackson.databind.ObjectReader reader = s.records3;
    for (byte[] doc : s.docs) {
      bh.consume(reader.<JsonRecords.JsonLead>readValue(doc));
    }
  }

  /**
   * Jackson 3's jackson-core only: every token of each document, nothing bound.
   */
  @Benchmark
  @OperationsPerInvocation(Dataset.LARGE)
  public void jackson3Tokens(Documents s, Blackhole bh) {
    tools.jackson.core.json.JsonFactory factory = s.factory3;
    for (byte[] doc : s.docs) {
      try (tools.jackson.core.JsonParser p =
          factory.createParser(tools.jackson.core.ObjectReadContext.empty(), doc)) {
        tools.jackson.core.JsonToken t;
        while ((t = p.nextToken()) != null) {
          bh.consume(t);
        }
      }
    }
  }
}
