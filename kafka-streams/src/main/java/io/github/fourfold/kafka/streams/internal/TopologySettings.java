package io.github.fourfold.kafka.streams.internal;

import io.github.fourfold.Qualifier;
import io.github.fourfold.jackson.FourfoldJson;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Everything the topology is built from, checked by the public builder; adds its nodes to a
 * {@link Topology}.
 *
 * @param name the prefix of every node and store name
 * @param inputTopic the topic of leads
 * @param resultsTopic the topic of results
 * @param verdictChangesTopic the topic of verdict changes
 * @param deadLetterTopic the topic of dead letters
 * @param qualifier the qualifier
 * @param json the JSON reader and writer
 * @param zone the time zone that defines today
 * @param clock the clock that says when now is
 * @param requalifyInterval how often the day is checked and a batch of a pass is done
 * @param requalifyBatchSize the most leads re-qualified in one punctuation
 */
public record TopologySettings(
    String name,
    String inputTopic,
    String resultsTopic,
    String verdictChangesTopic,
    String deadLetterTopic,
    Qualifier qualifier,
    FourfoldJson json,
    ZoneId zone,
    Clock clock,
    Duration requalifyInterval,
    int requalifyBatchSize) {

  /** The scope of the topology's metrics: their group is {@code stream-fourfold-metrics}. */
  public static final String METRIC_SCOPE = "fourfold";

  /** The operation of the dead-letter metrics: {@code dead-letter-total} and {@code -rate}. */
  public static final String DEAD_LETTER_OPERATION = "dead-letter";

  /** {@return the name of the store of leads and their last results} */
  public String leadStore() {
    return name + "-leads";
  }

  /** {@return the name of the store of the re-qualification pass's progress} */
  public String passStore() {
    return name + "-requalify-pass";
  }

  String sourceNode() {
    return name + "-source";
  }

  String processorNode() {
    return name + "-qualify";
  }

  String resultsSink() {
    return name + "-results";
  }

  String verdictChangesSink() {
    return name + "-verdict-changes";
  }

  String deadLetterSink() {
    return name + "-dead-letters";
  }

  /**
   * Adds the source, the processor with its two stores, and the three sinks.
   *
   * @param topology where to add them
   * @return the same topology
   */
  public Topology addTo(Topology topology) {
    ByteArrayDeserializer bytesIn = new ByteArrayDeserializer();
    ByteArraySerializer bytesOut = new ByteArraySerializer();
    StoreBuilder<KeyValueStore<String, byte[]>> leads =
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(leadStore()), Serdes.String(), Serdes.ByteArray());
    StoreBuilder<KeyValueStore<String, String>> pass =
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(passStore()), Serdes.String(), Serdes.String());
    topology.addSource(sourceNode(), bytesIn, bytesIn, inputTopic);
    topology.addProcessor(processorNode(), () -> new QualifyProcessor(this), sourceNode());
    topology.addStateStore(leads, processorNode());
    topology.addStateStore(pass, processorNode());
    topology.addSink(resultsSink(), resultsTopic, bytesOut, bytesOut, processorNode());
    topology.addSink(verdictChangesSink(), verdictChangesTopic, bytesOut, bytesOut, processorNode());
    topology.addSink(deadLetterSink(), deadLetterTopic, bytesOut, bytesOut, processorNode());
    return topology;
  }
}
