package io.github.fourfold.kafka.streams;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/**
 * The topology tests really run on the Kafka version each surefire execution names: 4.4.0, and
 * the lowest supported one (see the pom).
 */
final class KafkaVersionTopologyTest {
  @Test
  void kafkaJars_areTheVersionThisRunIsFor() {
    String version = System.getProperty("fourfold.expectedKafkaVersion");
    assertThat(jar(Topology.class)).endsWith("kafka-streams-" + version + ".jar");
    assertThat(jar(TopologyTestDriver.class))
        .endsWith("kafka-streams-test-utils-" + version + ".jar");
    assertThat(jar(KafkaProducer.class)).endsWith("kafka-clients-" + version + ".jar");
  }

  private static String jar(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation().getPath();
  }
}
