package io.github.fourfold.kafka.streams;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.jackson.FourfoldJson;
import io.github.fourfold.model.Lead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** A {@link TopologyTestDriver} around the Fourfold topology, with typed access to its topics. */
final class Harness implements AutoCloseable {
  static final String LEADS = "leads";
  static final String RESULTS = "lead-results";
  static final String CHANGES = "lead-verdict-changes";
  static final String DEAD = "leads-dead-letters";
  static final Duration INTERVAL = Duration.ofMinutes(1);

  final MutableClock clock;
  final TopologyTestDriver driver;
  final TestInputTopic<String, byte[]> leads;
  final TestOutputTopic<String, byte[]> results;
  final TestOutputTopic<String, byte[]> changes;
  final TestOutputTopic<byte[], byte[]> deadLetters;

  Harness(FourfoldTopology.Builder topology, LocalDate today) {
    this.clock = new MutableClock(today);
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "fourfold-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, freshStateDir());
    this.driver =
        new TopologyTestDriver(
            topology
                .inputTopic(LEADS)
                .resultsTopic(RESULTS)
                .verdictChangesTopic(CHANGES)
                .deadLetterTopic(DEAD)
                .clock(clock)
                .requalifyInterval(INTERVAL)
                .build(),
            props,
            Instant.parse("2027-01-01T00:00:00Z"));
    this.leads = driver.createInputTopic(LEADS, new StringSerializer(), new ByteArraySerializer());
    this.results =
        driver.createOutputTopic(RESULTS, new StringDeserializer(), new ByteArrayDeserializer());
    this.changes =
        driver.createOutputTopic(CHANGES, new StringDeserializer(), new ByteArrayDeserializer());
    this.deadLetters =
        driver.createOutputTopic(DEAD, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /**
   * A state directory of the test's own, so that builds running side by side on one machine never
   * share a store (Kafka Streams' default is one directory under the system's temporary folder).
   */
  static String freshStateDir() {
    try {
      return Files.createTempDirectory("fourfold-streams-test").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A lead file of the examples module (the project's one copy of these example leads). */
  static Lead exampleLead(String name) {
    try {
      return FourfoldJson.ofDefaults()
          .readLead(Files.readString(Path.of("..", "examples", "leads", name + ".json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void send(Lead lead) {
    leads.pipeInput(lead.id(), FourfoldJson.ofDefaults().writeLead(lead).getBytes(StandardCharsets.UTF_8));
  }

  void sendRaw(String key, String value) {
    leads.pipeInput(key, value.getBytes(StandardCharsets.UTF_8));
  }

  /** Moves the clock to a day and lets the punctuation run until the pass is done. */
  void passDay(LocalDate day) {
    clock.set(day);
    driver.advanceWallClockTime(INTERVAL);
  }

  List<QualificationResult> readResults() {
    return results.readValuesToList().stream().map(Harness::result).toList();
  }

  List<VerdictChange> readChanges() {
    return changes.readValuesToList().stream().map(Harness::change).toList();
  }

  List<TestRecord<byte[], byte[]>> readDeadLetters() {
    return deadLetters.readRecordsToList();
  }

  double deadLetterTotal() {
    double total = 0;
    for (var entry : driver.metrics().entrySet()) {
      MetricName name = entry.getKey();
      Metric metric = entry.getValue();
      if (name.group().equals(FourfoldTopology.METRIC_GROUP)
          && name.name().equals(FourfoldTopology.DEAD_LETTER_TOTAL_METRIC)) {
        total += (Double) metric.metricValue();
      }
    }
    return total;
  }

  static QualificationResult result(byte[] json) {
    try {
      return FourfoldJson.ofDefaults().readResult(json);
    } catch (IOException e) {
      throw new AssertionError("the topology wrote a result that does not read back", e);
    }
  }

  static VerdictChange change(byte[] json) {
    try {
      return VerdictChange.fromJson(json);
    } catch (IOException e) {
      throw new AssertionError("the topology wrote an event that does not read back", e);
    }
  }

  @Override
  public void close() {
    driver.close();
  }
}
