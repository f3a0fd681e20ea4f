package io.github.fourfold.kafka.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.Qualifier;
import io.github.fourfold.Verdict;
import io.github.fourfold.jackson.FourfoldJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;

/** The module README's example, compiled and run; the README's block must be this code. */
final class ReadmeExampleTest {
  private static final Path SOURCE =
      Path.of("src", "test", "java", "io", "github", "fourfold", "kafka", "streams",
          "ReadmeExampleTest.java");

  /** Stands for a CRM vendor's mapping from its own events to the JSON format. */
  static final class CrmMapping {
    private CrmMapping() {}

    static String toFourfoldJson(String crmEvent) {
      return crmEvent;
    }
  }

  @Test
  void readme_wireItIntoYourTopology() throws IOException {
    Qualifier myIcpCheck = Qualifier.fourQuestion();

    // README: wire it into your topology
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "lead-qualification");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("crm-lead-events", Consumed.with(Serdes.String(), Serdes.String()))
        .mapValues(CrmMapping::toFourfoldJson) // your mapping to the JSON format
        .to("leads", Produced.with(Serdes.String(), Serdes.String()));
    Topology topology = FourfoldTopology.builder()
        .inputTopic("leads").resultsTopic("lead-results")
        .verdictChangesTopic("lead-verdict-changes").deadLetterTopic("leads-dead-letters")
        .qualifier(Qualifier.fourQuestion().andThen(myIcpCheck))
        .zone(ZoneId.of("Europe/Berlin"))
        .addTo(builder.build());
    KafkaStreams streams = new KafkaStreams(topology, props); // then streams.start()
    // README end
    streams.close(Duration.ZERO);

    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
    props.put(StreamsConfig.STATE_DIR_CONFIG, Harness.freshStateDir());
    try (TopologyTestDriver driver = new TopologyTestDriver(topology, props)) {
      TestInputTopic<String, String> crm = driver.createInputTopic(
          "crm-lead-events", new StringSerializer(), new StringSerializer());
      TestOutputTopic<String, byte[]> results = driver.createOutputTopic(
          "lead-results", new StringDeserializer(), new ByteArrayDeserializer());
      crm.pipeInput("L-1", FourfoldJson.ofDefaults().writeLead(
          io.github.fourfold.model.Lead.builder().id("L-1").build()));
      assertThat(results.readValuesToList()).singleElement()
          .satisfies(r -> assertThat(Harness.result(r).verdict()).isEqualTo(Verdict.NOT_YET));
    }
  }

  @Test
  void readme_showsThisCode() throws IOException {
    String source = Files.readString(SOURCE);
    Matcher code = Pattern.compile(
        "// README: wire it into your topology\n(.*?)\n\\s*// README end", Pattern.DOTALL)
        .matcher(source);
    assertThat(code.find()).isTrue();
    Matcher block = Pattern.compile("## Wire it into your topology\n.*?```java\n(.*?)\n```",
        Pattern.DOTALL).matcher(Files.readString(Path.of("README.md")));
    assertThat(block.find()).isTrue();
    assertThat(block.group(1)).isEqualTo(dedent(code.group(1)));
    assertThat(block.group(1).lines().count()).isLessThanOrEqualTo(15);
  }

  private static String dedent(String code) {
    List<String> lines = code.lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return String.join("\n",
        lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
  }
}
