package io.github.fourfold.benchmarks;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.benchmarks.data.Dataset;
import io.github.fourfold.jackson.FourfoldJson;
import io.github.fourfold.jackson.FourfoldJsonException;
import io.github.fourfold.kafka.streams.FourfoldTopology;
import io.github.fourfold.model.Lead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Kafka Streams topology in one JVM ({@code TopologyTestDriver}, RocksDB stores), against the
 * same work done by hand: read a lead's JSON, qualify it, write the result's JSON.
 *
 * <ul>
 *   <li>{@code perRecord*}: per lead, a new lead through the topology (store read and write,
 *       result and verdict change written) against read + qualify + write. Each invocation sends
 *       the dataset's leads under new ids, so every record is a new lead.
 *   <li>{@code pass*} (single shot): a daily re-qualification pass over {@code stored} leads (one
 *       punctuation, batch size = all) against read + qualify of the same leads' JSON. The stored
 *       leads are the dataset's 10,000 leads under {@code stored / 10,000} ids each.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class KafkaStreamsBenchmark {
  private static final int LEADS = 2_000;
  private static final LocalDate DAY = Dataset.AS_OF;

  /** Leads' JSON, and the topology in a test driver. */
  @State(Scope.Benchmark)
  public static class PerRecord {
    final Qualifier qualifier = Qualifier.fourQuestion();
    final FourfoldJson json = FourfoldJson.ofDefaults();
    final Lead[] leads = Dataset.of(LEADS).leads();
    byte[][] bytes = new byte[0][];
    @SuppressWarnings("NullAway.Init") // set by the setup
    Driver driver;
    long round;

    /** Writes the leads and starts the driver. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      bytes = new byte[leads.length][];
      for (int i = 0; i < leads.length; i++) {
        bytes[i] = json.writeLead(leads[i]).getBytes(StandardCharsets.UTF_8);
      }
      driver = new Driver(Integer.MAX_VALUE);
    }

    /** Stops the driver. */
    @TearDown(Level.Trial)
    public void tearDown() {
      driver.close();
    }
  }

  /** Read + qualify + write, per lead. */
  @Benchmark
  @OperationsPerInvocation(LEADS)
  public void perRecordReadQualifyWrite(PerRecord s, Blackhole bh) throws IOException {
    for (byte[] lead : s.bytes) {
      QualificationResult result = s.qualifier.qualify(s.json.readLead(lead), DAY);
      ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
      s.json.writeResult(result, out);
      bh.consume(out.toByteArray());
    }
  }

  /** The same leads as new leads through the topology, per lead. */
  @Benchmark
  @OperationsPerInvocation(LEADS)
  public void perRecordTopology(PerRecord s, Blackhole bh) {
    long round = s.round++;
    for (int i = 0; i < s.leads.length; i++) {
      String id = "r" + round + "-" + i;
      s.driver.leads.pipeInput(id, s.json.writeLead(
          Lead.builder().from(s.leads[i]).id(id).build()).getBytes(StandardCharsets.UTF_8));
    }
    bh.consume(s.driver.drain());
  }

  /** A store of leads, loaded before each measurement. */
  @State(Scope.Benchmark)
  public static class Pass {
    /** How many leads the store holds. */
    @Param("1000000")
    public int stored;

    final Qualifier qualifier = Qualifier.fourQuestion();
    final FourfoldJson json = FourfoldJson.ofDefaults();
    byte[][] templates = new byte[0][];
    @SuppressWarnings("NullAway.Init") // set by the setup
    Driver driver;

    /** Fills a new store with the leads, as of the day before the pass. */
    @Setup(Level.Iteration)
    public void setUp() {
      Lead[] leads = Dataset.of(Dataset.LARGE).leads();
      templates = new byte[leads.length][];
      driver = new Driver(stored);
      for (int i = 0; i < stored; i++) {
        Lead lead = leads[i % leads.length];
        String id = "c" + (i / leads.length) + "-" + lead.id();
        byte[] bytes = json.writeLead(Lead.builder().from(lead).id(id).build())
            .getBytes(StandardCharsets.UTF_8);
        if (i < leads.length) {
          templates[i] = bytes;
        }
        driver.leads.pipeInput(id, bytes);
        if (i % 10_000 == 0) {
          driver.drain();
        }
      }
      driver.drain();
      driver.clock.day = DAY.plusDays(1);
    }

    /** Stops the driver. */
    @TearDown(Level.Iteration)
    public void tearDown() {
      driver.close();
    }
  }

  /** One daily pass over the stored leads (one punctuation). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 2)
  public long passTopology(Pass s) {
    s.driver.driver.advanceWallClockTime(Driver.INTERVAL);
    return s.driver.drain();
  }

  /** Read + qualify of as many leads' JSON as the store holds, as of the pass's day. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 2)
  public void passReadQualify(Pass s, Blackhole bh) throws FourfoldJsonException {
    LocalDate day = DAY.plusDays(1);
    for (int i = 0; i < s.stored; i++) {
      bh.consume(s.qualifier.qualify(s.json.readLead(s.templates[i % s.templates.length]), day));
    }
  }

  /** A clock whose day the benchmark sets. */
  static final class DayClock extends Clock {
    volatile LocalDate day = DAY;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
  }

  /** The topology in a test driver with RocksDB stores in a temporary directory. */
  static final class Driver implements AutoCloseable {
    static final Duration INTERVAL = Duration.ofHours(1);

    final DayClock clock = new DayClock();
    final TopologyTestDriver driver;
    final TestInputTopic<String, byte[]> leads;
    private final TestOutputTopic<byte[], byte[]> results;
    private final TestOutputTopic<byte[], byte[]> changes;
    private final TestOutputTopic<byte[], byte[]> dead;

    Driver(int batch) {
      Properties props = new Properties();
      props.put(StreamsConfig.APPLICATION_ID_CONFIG, "fourfold-benchmark");
      props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
      try {
        props.put(StreamsConfig.STATE_DIR_CONFIG,
            Files.createTempDirectory("fourfold-kafka-bench").toString());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      driver = new TopologyTestDriver(
          FourfoldTopology.builder().inputTopic("leads").resultsTopic("results")
              .verdictChangesTopic("changes").deadLetterTopic("dead").clock(clock)
              .requalifyInterval(INTERVAL).requalifyBatchSize(batch).build(),
          props, Instant.EPOCH);
      ByteArrayDeserializer in = new ByteArrayDeserializer();
      leads = driver.createInputTopic("leads",
          new StringSerializer(), new ByteArraySerializer());
      results = driver.createOutputTopic("results", in, in);
      changes = driver.createOutputTopic("changes", in, in);
      dead = driver.createOutputTopic("dead", in, in);
    }

    /** Empties the output topics (the driver keeps them in memory); returns how many. */
    long drain() {
      return results.readRecordsToList().size() + changes.readRecordsToList().size()
          + dead.readRecordsToList().size();
    }

    @Override
    public void close() {
      driver.close();
    }
  }
}
