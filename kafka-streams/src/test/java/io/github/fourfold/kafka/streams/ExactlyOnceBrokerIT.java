package io.github.fourfold.kafka.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.jackson.FourfoldJson;
import io.github.fourfold.model.Lead;
import io.github.fourfold.testkit.LeadGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
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
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The topology against a real single-node KRaft broker started in this JVM, with
 * {@code exactly_once_v2}: 100,000 generated leads and some bad records; the first instance
 * crashes part-way (an error escapes the qualifier, so its open transaction is aborted and its
 * state is rebuilt from the changelog), a second one takes over. A {@code read_committed} reader
 * then finds exactly one result and one verdict change per lead, and exactly the bad records as
 * dead letters.
 */
final class ExactlyOnceBrokerIT {
  private static final int LEADS = 100_000;
  private static final int BAD = 50;
  private static final int PARTITIONS = 4;
  private static final int CRASH_AT = 40_000;
  private static final String APP = "fourfold-eos-it";
  private static final Path BASE = Path.of("target", "broker-it");

  private static KafkaClusterTestKit cluster;

  @BeforeAll
  static void startBroker() throws Exception {
    Map<String, Short> features = new HashMap<>();
    for (Feature feature : Feature.values()) {
      // Production features at their production levels; the kit's default turns on unstable ones.
      if (!feature.featureName().contains("test")) {
        features.put(feature.featureName(), feature.latestProduction());
      }
    }
    Files.createDirectories(BASE);
    TestKitNodes nodes =
        new TestKitNodes.Builder(
                BootstrapMetadata.fromVersions(
                    MetadataVersion.latestProduction(), features, "fourfold-it"))
            .setCombined(true)
            .setNumBrokerNodes(1)
            .setNumControllerNodes(1)
            .setBaseDirectory(Files.createTempDirectory(BASE, "kraft"))
            .build();
    cluster =
        new KafkaClusterTestKit.Builder(nodes)
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("transaction.state.log.replication.factor", "1")
            .setConfigProp("transaction.state.log.min.isr", "1")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .setConfigProp("group.min.session.timeout.ms", "1000")
            .build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void crashAndRestart_underExactlyOnce_loseAndDuplicateNothing() throws Exception {
    try (Admin admin = cluster.admin()) {
      List<NewTopic> topics = new ArrayList<>();
      for (String t : List.of(Harness.LEADS, Harness.RESULTS, Harness.CHANGES, Harness.DEAD)) {
        topics.add(new NewTopic(t, PARTITIONS, (short) 1));
      }
      admin.createTopics(topics).all().get();
    }
    LeadGenerator generator = LeadGenerator.ofDefaults();
    Clock clock = Clock.fixed(
        generator.asOf().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    Map<String, QualificationResult> expected = new HashMap<>();
    Set<String> badKeys = new HashSet<>();
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps())) {
      for (int i = 0; i < LEADS; i++) {
        Lead lead = Lead.builder().from(generator.lead(7L, i)).id("lead-" + i).build();
        expected.put(lead.id(), Qualifier.fourQuestion().qualify(lead, generator.asOf()));
        producer.send(record(lead.id(), FourfoldJson.ofDefaults().writeLead(lead)));
        if (i % (LEADS / BAD) == 0) {
          String key = "bad-" + i;
          badKeys.add(key);
          producer.send(record(key, i % 2 == 0 ? "{\"id\":" : "{\"id\":\"" + key + "\",\"problems\":7}"));
        }
      }
      producer.flush();
    }

    AtomicInteger calls = new AtomicInteger();
    Qualifier crashing = (lead, asOf) -> {
      if (calls.incrementAndGet() == CRASH_AT) {
        throw new InjectedCrash();
      }
      return Qualifier.fourQuestion().qualify(lead, asOf);
    };
    try (KafkaStreams first = streams(crashing, clock)) {
      first.setUncaughtExceptionHandler(
          e -> StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
      first.start();
      await(() -> first.state() == KafkaStreams.State.ERROR
          || first.state() == KafkaStreams.State.NOT_RUNNING, Duration.ofMinutes(3));
    }
    assertThat(calls.get()).isGreaterThanOrEqualTo(CRASH_AT);

    try (KafkaStreams second = streams(Qualifier.fourQuestion(), clock)) {
      second.start();
      await(ExactlyOnceBrokerIT::inputFullyCommitted, Duration.ofMinutes(5));
    }

    Map<String, Integer> resultCounts = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : readCommitted(Harness.RESULTS)) {
      String key = key(r);
      resultCounts.merge(key, 1, Integer::sum);
      assertThat(Harness.result(r.value())).isEqualTo(expected.get(key));
    }
    assertThat(resultCounts).hasSize(LEADS).allSatisfy((k, n) -> assertThat(n).isOne());

    Map<String, Integer> changeCounts = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : readCommitted(Harness.CHANGES)) {
      VerdictChange change = Harness.change(r.value());
      changeCounts.merge(key(r), 1, Integer::sum);
      assertThat(change.previousVerdict()).isNull();
      assertThat(change.verdict()).isEqualTo(Objects.requireNonNull(expected.get(key(r))).verdict());
    }
    assertThat(changeCounts).hasSize(LEADS).allSatisfy((k, n) -> assertThat(n).isOne());

    List<String> dead = readCommitted(Harness.DEAD).stream().map(ExactlyOnceBrokerIT::key).toList();
    assertThat(dead).hasSize(badKeys.size()).containsExactlyInAnyOrderElementsOf(badKeys);
  }

  private static KafkaStreams streams(Qualifier qualifier, Clock clock) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, APP);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.STATE_DIR_CONFIG, BASE.resolve("state").toAbsolutePath().toString());
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    // A restarted instance takes over at once instead of waiting out the session timeout.
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), APP + "-1");
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6_000);
    return new KafkaStreams(
        FourfoldTopology.builder()
            .inputTopic(Harness.LEADS)
            .resultsTopic(Harness.RESULTS)
            .verdictChangesTopic(Harness.CHANGES)
            .deadLetterTopic(Harness.DEAD)
            .qualifier(qualifier)
            .clock(clock)
            .build(),
        props);
  }

  private static boolean inputFullyCommitted() throws Exception {
    try (Admin admin = cluster.admin()) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(APP).partitionsToOffsetAndMetadata().get();
      try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions(Harness.LEADS));
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
          OffsetAndMetadata done = committed.get(end.getKey());
          if (done == null || done.offset() < end.getValue()) {
            return false;
          }
        }
        return true;
      }
    }
  }

  private static List<ConsumerRecord<byte[], byte[]>> readCommitted(String topic) {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
      List<TopicPartition> partitions = partitions(topic);
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.getOrDefault(p, 0L))) {
        assertThat(System.nanoTime()).as("reading " + topic).isLessThan(deadline);
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }

  private static KafkaConsumer<byte[], byte[]> consumer() {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
    return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private static List<TopicPartition> partitions(String topic) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (int p = 0; p < PARTITIONS; p++) {
      partitions.add(new TopicPartition(topic, p));
    }
    return partitions;
  }

  private static Properties producerProps() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
    return props;
  }

  private static ProducerRecord<byte[], byte[]> record(String key, String value) {
    return new ProducerRecord<>(
        Harness.LEADS, key.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
  }

  private static String key(ConsumerRecord<byte[], byte[]> r) {
    return new String(r.key(), StandardCharsets.UTF_8);
  }

  private interface Condition {
    boolean holds() throws Exception;
  }

  private static void await(Condition condition, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.holds()) {
      assertThat(System.nanoTime()).as("waited " + timeout).isLessThan(deadline);
      Thread.sleep(250);
    }
  }

  /** An error (not an exception) escapes the processor and kills the stream thread. */
  private static final class InjectedCrash extends Error {
    private static final long serialVersionUID = 1L;
  }
}
