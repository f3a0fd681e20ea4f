package io.github.fourfold.examples.kafkastreams;

import io.github.fourfold.Qualifier;
import io.github.fourfold.examples.icpfit.IcpFitQualifier;
import io.github.fourfold.kafka.streams.FourfoldTopology;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;

/**
 * Runs the Fourfold topology against a Kafka cluster: every lead on the input topic is qualified
 * by the default rule and the ICP-fit check, results and verdict changes go to their topics, bad
 * records to the dead-letter topic, and every new day re-qualifies the stored leads.
 *
 * <pre>
 * mvn -q -DskipTests package
 * mvn -q -pl examples exec:java -Dexec.mainClass=io.github.fourfold.examples.kafkastreams.KafkaStreamsExample \
 *     -Dexec.args=my-kafka.properties
 * </pre>
 *
 * <p>Without an argument it reads the bundled {@code kafka-streams-example.properties} (a broker on
 * {@code localhost:9092}). Keys starting with {@code fourfold.} configure the topology; all others
 * go to Kafka Streams. It stops on Ctrl-C.
 */
public final class KafkaStreamsExample {
  /** The bundled configuration. */
  static final String DEFAULT_PROPERTIES = "kafka-streams-example.properties";

  private static final String PREFIX = "fourfold.";

  private KafkaStreamsExample() {}

  /**
   * Starts the application and runs until the JVM is asked to stop.
   *
   * @param args optionally, the path of a properties file
   * @throws IOException when the properties cannot be read
   * @throws InterruptedException when interrupted while running
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Properties all = args.length > 0 ? load(Path.of(args[0])) : bundled();
    CountDownLatch stopped = new CountDownLatch(1);
    try (KafkaStreams streams = new KafkaStreams(topology(all, Clock.systemUTC()), streamsConfig(all))) {
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "fourfold-shutdown"));
      streams.start();
      System.err.println("Qualifying leads from " + all.getProperty(PREFIX + "input.topic")
          + "; Ctrl-C stops.");
      stopped.await();
    }
  }

  /**
   * The qualifier of this application: the default rule, then the ICP-fit check.
   *
   * @return the qualifier
   */
  public static Qualifier qualifier() {
    return Qualifier.fourQuestion().andThen(IcpFitQualifier.manufacturing());
  }

  /**
   * The topology, from the {@code fourfold.*} keys of the configuration.
   *
   * @param config the configuration
   * @param clock the clock that says what day it is
   * @return the topology
   */
  public static Topology topology(Properties config, Clock clock) {
    return FourfoldTopology.builder()
        .inputTopic(required(config, "input.topic"))
        .resultsTopic(required(config, "results.topic"))
        .verdictChangesTopic(required(config, "verdict.changes.topic"))
        .deadLetterTopic(required(config, "dead.letter.topic"))
        .zone(ZoneId.of(config.getProperty(PREFIX + "zone", "UTC")))
        .qualifier(qualifier())
        .clock(clock)
        .build();
  }

  /**
   * The Kafka Streams part of the configuration: every key that does not start with
   * {@code fourfold.}.
   *
   * @param config the configuration
   * @return the settings for Kafka Streams
   */
  public static Properties streamsConfig(Properties config) {
    Properties streams = new Properties();
    for (String key : config.stringPropertyNames()) {
      if (!key.startsWith(PREFIX)) {
        streams.setProperty(key, config.getProperty(key));
      }
    }
    return streams;
  }

  /**
   * The bundled configuration.
   *
   * @return its properties
   * @throws IOException when it cannot be read
   */
  public static Properties bundled() throws IOException {
    Properties props = new Properties();
    try (InputStream in = KafkaStreamsExample.class.getResourceAsStream(DEFAULT_PROPERTIES)) {
      if (in == null) {
        throw new IOException(DEFAULT_PROPERTIES + " is missing from the class path");
      }
      props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return props;
  }

  private static Properties load(Path file) throws IOException {
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(in);
    }
    return props;
  }

  private static String required(Properties config, String key) {
    String value = config.getProperty(PREFIX + key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the configuration needs " + PREFIX + key);
    }
    return value;
  }
}
