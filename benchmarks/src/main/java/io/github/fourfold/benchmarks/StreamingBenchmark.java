package io.github.fourfold.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.fourfold.benchmarks.data.Dataset;
import io.github.fourfold.benchmarks.data.LeadGenerator;
import io.github.fourfold.jackson.FourfoldJson;
import io.github.fourfold.json.Framing;
import io.github.fourfold.json.LeadReader;
import io.github.fourfold.json.LeadRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * The streaming lead reader over one NDJSON input of 100,000 seeded leads (the first of them the
 * JSON benchmarks' documents), in one JVM: {@code FourfoldJson.readLeads(InputStream,
 * Framing.NDJSON)} of each binding, against the floor of jackson-core reading every token of the
 * same bytes from the same kind of stream (nothing decoded, nothing built). Scores are per lead.
 *
 * <p>Before timing, the setup checks that each reader gives 100,000 records, every one a lead.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class StreamingBenchmark {
  /** Leads in the input. */
  public static final int LEADS = 100_000;

  /** The NDJSON input, in memory. */
  @State(Scope.Benchmark)
  public static class Input {
    byte[] ndjson = new byte[0];
    final FourfoldJson json = FourfoldJson.ofDefaults();
    final io.github.fourfold.jackson3.FourfoldJson json3 =
        io.github.fourfold.jackson3.FourfoldJson.ofDefaults();
    final JsonFactory factory = new JsonFactory();

    /**
     * Writes the leads as NDJSON and checks that both readers read all of them.
     *
     * @throws IOException never: the input is in memory
     */
    @Setup
    public void setUp() throws IOException {
      LeadGenerator generator = new LeadGenerator(Dataset.SEED, Dataset.AS_OF);
      ByteArrayOutputStream out = new ByteArrayOutputStream(LEADS * 1300);
      for (int i = 0; i < LEADS; i++) {
        out.write(json.writeLead(generator.lead()).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
      }
      ndjson = out.toByteArray();
      check(json.readLeads(new ByteArrayInputStream(ndjson), Framing.NDJSON), "Jackson 2");
      check(json3.readLeads(new ByteArrayInputStream(ndjson), Framing.NDJSON), "Jackson 3");
      System.gc();
      System.out.println();
      System.out.printf("Dataset: %,d leads as NDJSON, %,d bytes; both streaming readers read every one%n",
          LEADS, ndjson.length);
    }

    private static void check(LeadReader reader, String binding) throws IOException {
      int leads = 0;
      int errors = 0;
      for (LeadRecord r = reader.read(); r != null; r = reader.read()) {
        if (r.lead() != null) {
          leads++;
        } else {
          errors++;
        }
      }
      if (leads != LEADS || errors != 0) {
        throw new IllegalStateException(binding + " streaming reader: " + leads + " leads and " + errors
            + " errors, expected " + LEADS + " leads");
      }
    }
  }

  /**
   * The Jackson 2 binding's streaming reader over the whole input.
   *
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(LEADS)
  public void streamingRead(Input s, Blackhole bh) throws IOException {
    drain(s.json.readLeads(new ByteArrayInputStream(s.ndjson), Framing.NDJSON), bh);
  }

  /**
   * The Jackson 3 binding's streaming reader over the whole input.
   *
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(LEADS)
  public void jackson3StreamingRead(Input s, Blackhole bh) throws IOException {
    drain(s.json3.readLeads(new ByteArrayInputStream(s.ndjson), Framing.NDJSON), bh);
  }

  private static void drain(LeadReader reader, Blackhole bh) throws IOException {
    for (LeadRecord r = reader.read(); r != null; r = reader.read()) {
      bh.consume(r);
    }
  }

  /**
   * The floor: jackson-core reads every token of the same bytes from a stream, nothing decoded.
   *
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(LEADS)
  public void tokens(Input s, Blackhole bh) throws IOException {
    try (JsonParser p = s.factory.createParser(new ByteArrayInputStream(s.ndjson))) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        bh.consume(t);
      }
    }
  }
}
