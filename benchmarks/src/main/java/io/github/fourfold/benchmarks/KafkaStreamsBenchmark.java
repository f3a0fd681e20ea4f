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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Timeout;
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
 *   <li>{@code pass*} (single shot): a daily re-qualification pass over {@code stored} leads (as
 *       the topology spreads it: punctuations of {@code batch} leads) against read + qualify of
 *       the same leads' JSON. The stored leads are the dataset's 10,000 leads under {@code stored /
 *       10,000} ids each, loaded once; each shot is the next day. Both report their CPU time
 *       ({@link CpuTime}) besides the wall time.
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

  /**
   * A store of leads, loaded once per trial through the topology as of the dataset's day; each
   * iteration is the next day, so each pass re-qualifies the leads one day later than the last.
   */
  @State(Scope.Benchmark)
  public static class Pass {
    /** How many leads the store holds. */
    @Param("1000000")
    public int stored;

    /** The most leads re-qualified in one punctuation (the topology's default). */
    @Param("5000")
    public int batch;

    final FourfoldJson json = FourfoldJson.ofDefaults();
    @SuppressWarnings("NullAway.Init") // set by the setup
    Driver driver;

    /** Fills a new store with the leads. */
    @Setup(Level.Trial)
    public void setUp() {
      Lead[] leads = Dataset.of(Dataset.LARGE).leads();
      driver = new Driver(batch);
      for (int i = 0; i < stored; i++) {
        Lead lead = leads[i % leads.length];
        String id = "c" + (i / leads.length) + "-" + lead.id();
        driver.leads.pipeInput(id, json.writeLead(Lead.builder().from(lead).id(id).build())
            .getBytes(StandardCharsets.UTF_8));
        if (i % 10_000 == 0) {
          driver.drain();
        }
      }
      driver.drain();
      CpuTime.awaitQuiet();
    }

    /** The next day: the pass that follows re-qualifies every lead as of it. */
    @Setup(Level.Iteration)
    public void nextDay() {
      driver.clock.day = driver.clock.day.plusDays(1);
    }

    /** Stops the driver. */
    @TearDown(Level.Trial)
    public void tearDown() {
      driver.close();
    }
  }

  /** The stored leads' JSON (the dataset's leads, as the store holds them), and the day. */
  @State(Scope.Benchmark)
  public static class PassBaseline {
    /** How many leads are read and qualified (the same parameter as the pass's). */
    @Param("1000000")
    public int stored;

    final Qualifier qualifier = Qualifier.fourQuestion();
    final FourfoldJson json = FourfoldJson.ofDefaults();
    byte[][] templates = new byte[0][];
    LocalDate day = DAY;

    /** Writes the leads. */
    @Setup(Level.Trial)
    public void setUp() {
      Lead[] leads = Dataset.of(Dataset.LARGE).leads();
      templates = new byte[leads.length][];
      for (int i = 0; i < leads.length; i++) {
        String id = "c0-" + leads[i].id();
        templates[i] = json.writeLead(Lead.builder().from(leads[i]).id(id).build())
            .getBytes(StandardCharsets.UTF_8);
      }
    }

    /** The next day, as for the pass. */
    @Setup(Level.Iteration)
    public void nextDay() {
      day = day.plusDays(1);
    }
  }

  /**
   * The CPU time of one shot: of this JVM (GC, JIT and RocksDB's own threads included) and of the
   * benchmark's thread alone, in milliseconds. On a machine shared with other work the shot's wall
   * time also counts the time others held the CPU; these do not.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CpuTime {
    private static final com.sun.management.OperatingSystemMXBean OS =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The JVM's CPU time during the shot. */
    public double processCpuMs;

    /** The benchmark thread's CPU time during the shot. */
    public double threadCpuMs;

    private long processStart;
    private long threadStart;

    /** Zeroes the counters (JMH does not). */
    @Setup(Level.Iteration)
    public void reset() {
      processCpuMs = 0;
      threadCpuMs = 0;
    }

    /**
     * Waits (at most ten minutes) until this JVM uses less than a tenth of a core. Loading a large
     * store in one go (the test driver commits after every record) leaves RocksDB compacting on
     * its own threads for a while afterwards; waiting for it measures the pass on a settled
     * store, as in an application that has been running for a day, not that backlog.
     */
    static void awaitQuiet() {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
      long cpu = OS.getProcessCpuTime();
      while (System.nanoTime() < deadline) {
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        long now = OS.getProcessCpuTime();
        if (now - cpu < TimeUnit.MILLISECONDS.toNanos(100)) {
          return;
        }
        cpu = now;
      }
    }

    void start() {
      processStart = OS.getProcessCpuTime();
      threadStart = THREADS.getCurrentThreadCpuTime();
    }

    void stop() {
      threadCpuMs += (THREADS.getCurrentThreadCpuTime() - threadStart) / 1e6;
      processCpuMs += (OS.getProcessCpuTime() - processStart) / 1e6;
    }
  }

  /**
   * One daily pass over the stored leads, spread over punctuations of {@code batch} leads as the
   * topology does it, the outputs drained after each; returns how many records it emitted.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 2)
  @Timeout(time = 60, timeUnit = TimeUnit.MINUTES)
  public long passTopology(Pass s, CpuTime cpu) {
    cpu.start();
    long emitted = 0;
    int punctuations = (s.stored + s.batch - 1) / s.batch;
    for (int i = 0; i < punctuations; i++) {
      s.driver.driver.advanceWallClockTime(Driver.INTERVAL);
      emitted += s.driver.drain();
    }
    cpu.stop();
    return emitted;
  }

  /** Read + qualify of as many leads' JSON as the store holds, as of the pass's day. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 2)
  @Timeout(time = 60, timeUnit = TimeUnit.MINUTES)
  public void passReadQualify(PassBaseline b, CpuTime cpu, Blackhole bh)
      throws FourfoldJsonException {
    cpu.start();
    for (int i = 0; i < b.stored; i++) {
      bh.consume(b.qualifier.qualify(b.json.readLead(b.templates[i % b.templates.length]), b.day));
    }
    cpu.stop();
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
    private static final String APPLICATION = "fourfold-benchmark";
    static final Duration INTERVAL = Duration.ofHours(1);

    final DayClock clock = new DayClock();
    final TopologyTestDriver driver;
    final TestInputTopic<String, byte[]> leads;
    private final TestOutputTopic<byte[], byte[]> results;
    private final TestOutputTopic<byte[], byte[]> changes;
    private final TestOutputTopic<byte[], byte[]> dead;
    private final List<TestOutputTopic<byte[], byte[]>> changelogs;

    Driver(int batch) {
      Properties props = new Properties();
      props.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION);
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
      changelogs = new ArrayList<>();
      for (String store : List.of("fourfold-leads", "fourfold-requalify-pass")) {
        changelogs.add(driver.createOutputTopic(APPLICATION + "-" + store + "-changelog", in, in));
      }
    }

    /**
     * Empties the output topics and the stores' changelogs (the driver keeps every record sent in
     * memory: a million leads' changelog would fill the heap); returns how many results, verdict
     * changes and dead letters there were.
     */
    long drain() {
      for (TestOutputTopic<byte[], byte[]> changelog : changelogs) {
        changelog.readRecordsToList();
      }
      return results.readRecordsToList().size() + changes.readRecordsToList().size()
          + dead.readRecordsToList().size();
    }

    @Override
    public void close() {
      driver.close();
    }
  }
}
