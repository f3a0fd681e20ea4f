package io.github.fourfold.benchmarks;

import io.github.fourfold.jackson.FourfoldJson;
import io.github.fourfold.kafka.streams.FourfoldTopology;
import io.github.fourfold.model.Lead;
import io.github.fourfold.testkit.LeadGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Leads per second through the topology on one Kafka Streams instance (one stream thread) against
 * a real single-node KRaft broker started in the same JVM, as {@code ExactlyOnceBrokerIT} starts
 * it: no Docker, the broker shares the machine's cores with the application.
 *
 * <p>The trial starts the broker and produces {@code leads} generated leads (testkit {@code
 * LeadGenerator}, keyed by id) to an input topic of {@code partitions} partitions. Each shot then
 * starts a new application (its own id, state directory and output topics) with the given
 * processing guarantee and ends when a {@code read_committed} consumer has read a result for every
 * lead; it then closes the application. The shot's time thus includes starting the application
 * and its first rebalance (a few seconds) and the commit interval that makes the last results
 * visible. Besides the time it reports {@code leadsPerSecond} and the CPU time of the stream
 * thread and of the whole JVM (the broker and the reading consumer included).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g",
    "-Dlog4j2.configurationFile=log4j2-benchmarks.xml"})
public class KafkaBrokerBenchmark {
  private static final String INPUT = "leads";

  /** The processing guarantee. */
  @Param({StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE})
  @SuppressWarnings("NullAway.Init") // set by JMH
  public String guarantee;

  /** How many leads each shot processes. */
  @Param("100000")
  public int leads;

  /** The input topic's partitions (the application's tasks). */
  @Param("4")
  public int partitions;

  @SuppressWarnings("NullAway.Init") // set by the setup
  private KafkaClusterTestKit cluster;

  @SuppressWarnings("NullAway.Init") // set by the setup
  private Path base;

  @SuppressWarnings("NullAway.Init") // set by the setup
  private Clock clock;

  private int shot;

  /** Starts the broker and produces the leads. */
  @Setup(Level.Trial)
  public void startBrokerAndProduce() throws Exception {
    base = Files.createTempDirectory("fourfold-broker-bench");
    cluster = startCluster(base.resolve("kraft"));
    createTopics(List.of(INPUT));
    LeadGenerator generator = LeadGenerator.ofDefaults();
    clock = Clock.fixed(
        generator.asOf().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    FourfoldJson json = FourfoldJson.ofDefaults();
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
      for (int i = 0; i < leads; i++) {
        Lead lead = Lead.builder().from(generator.lead(7L, i)).id("lead-" + i).build();
        producer.send(new ProducerRecord<>(INPUT, lead.id().getBytes(StandardCharsets.UTF_8),
            json.writeLead(lead).getBytes(StandardCharsets.UTF_8)));
      }
      producer.flush();
    }
  }

  /** Stops the broker and deletes its files. */
  @TearDown(Level.Trial)
  public void stopBroker() throws Exception {
    cluster.close();
    try (Stream<Path> files = Files.walk(base)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** The leads per second and CPU times of one shot. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Counters {
    /** Leads processed per second of the shot's wall time. */
    public double leadsPerSecond;

    /** CPU time of the application's stream thread, per lead, in microseconds. */
    public double streamThreadCpuUsPerLead;

    /** CPU time of the whole JVM (broker and reading consumer included), per lead, in microseconds. */
    public double processCpuUsPerLead;

    /** Zeroes the counters (JMH does not). */
    @Setup(Level.Iteration)
    public void reset() {
      leadsPerSecond = 0;
      streamThreadCpuUsPerLead = 0;
      processCpuUsPerLead = 0;
    }
  }

  /** One application from start until a result of every lead is readable; returns the count. */
  @Benchmark
  public long endToEnd(Counters counters) throws Exception {
    int run = shot++;
    String results = "results-" + run;
    String changes = "changes-" + run;
    String dead = "dead-" + run;
    createTopics(List.of(results, changes, dead));
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    long streamThreadCpu;
    int read;
    try (KafkaStreams streams = new KafkaStreams(
            FourfoldTopology.builder().inputTopic(INPUT).resultsTopic(results)
                .verdictChangesTopic(changes).deadLetterTopic(dead).clock(clock).build(),
            streamsProps(run));
        KafkaConsumer<byte[], byte[]> consumer = readCommitted(results)) {
      streams.start();
      read = readResults(consumer);
      streamThreadCpu = streamThreadCpuNanos();
    }
    long elapsed = System.nanoTime() - start;
    long cpu = os.getProcessCpuTime() - cpuStart;
    counters.leadsPerSecond = leads / (elapsed / 1e9);
    counters.streamThreadCpuUsPerLead = streamThreadCpu / 1e3 / leads;
    counters.processCpuUsPerLead = cpu / 1e3 / leads;
    return read;
  }

  private Properties streamsProps(int run) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "fourfold-bench-" + guarantee + "-" + run);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
    props.put(StreamsConfig.STATE_DIR_CONFIG, base.resolve("state-" + run).toString());
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    return props;
  }

  /** Reads the results topic until every lead has a result; returns how many distinct leads. */
  private int readResults(KafkaConsumer<byte[], byte[]> consumer) {
    Set<String> seen = new HashSet<>(leads * 2);
    long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    while (seen.size() < leads) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "only " + seen.size() + " of " + leads + " results after 30 minutes");
      }
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
        seen.add(new String(r.key(), StandardCharsets.UTF_8));
      }
    }
    return seen.size();
  }

  private KafkaConsumer<byte[], byte[]> readCommitted(String topic) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
    KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> assigned = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      assigned.add(new TopicPartition(topic, p));
    }
    consumer.assign(assigned);
    consumer.seekToBeginning(assigned);
    return consumer;
  }

  /** The CPU time of the live Kafka Streams stream threads of this JVM. */
  private static long streamThreadCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().contains("-StreamThread-")) {
        total += Math.max(0, threads.getThreadCpuTime(thread.getId()));
      }
    }
    return total;
  }

  private void createTopics(List<String> names) throws Exception {
    try (Admin admin = cluster.admin()) {
      List<NewTopic> topics = new ArrayList<>();
      for (String name : names) {
        topics.add(new NewTopic(name, partitions, (short) 1));
      }
      admin.createTopics(topics).all().get();
    }
  }

  /**
   * A single-node (combined broker and controller) KRaft cluster with production features and
   * the settings one node needs, as {@code ExactlyOnceBrokerIT} in {@code kafka-streams} starts it.
   */
  private static KafkaClusterTestKit startCluster(Path dir) throws Exception {
    Map<String, Short> features = new HashMap<>();
    for (Feature feature : Feature.values()) {
      if (!feature.featureName().contains("test")) {
        features.put(feature.featureName(), feature.latestProduction());
      }
    }
    Files.createDirectories(dir);
    TestKitNodes nodes = new TestKitNodes.Builder(
            BootstrapMetadata.fromVersions(
                MetadataVersion.latestProduction(), features, "fourfold-benchmark"))
        .setCombined(true)
        .setNumBrokerNodes(1)
        .setNumControllerNodes(1)
        .setBaseDirectory(dir)
        .build();
    KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .build();
    try {
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
    } catch (Exception | Error e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }
}
