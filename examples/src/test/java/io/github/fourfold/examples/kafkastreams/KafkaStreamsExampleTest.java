package io.github.fourfold.examples.kafkastreams;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.Verdict;
import io.github.fourfold.examples.conveyorbelt.ConveyorBeltExample;
import io.github.fourfold.kafka.streams.FourfoldSerdes;
import io.github.fourfold.kafka.streams.VerdictChange;
import io.github.fourfold.model.Company;
import io.github.fourfold.model.Lead;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/**
 * The example application's topology on {@code TopologyTestDriver}: the ICP-fit check combined
 * with the default rule, configured by the bundled properties file.
 */
final class KafkaStreamsExampleTest {
  private static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);

  @Test
  void icpFitAndDefaultRule_decideTogether() throws Exception {
    Properties config = KafkaStreamsExample.bundled();
    Clock clock = Clock.fixed(AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    Properties streams = KafkaStreamsExample.streamsConfig(config);
    assertThat(streams.stringPropertyNames()).noneMatch(k -> k.startsWith("fourfold."));
    streams.setProperty("processing.guarantee", "at_least_once");
    // A state directory of its own, so that builds side by side never share a store.
    streams.setProperty("state.dir", Files.createTempDirectory("fourfold-example-test").toString());
    try (TopologyTestDriver driver =
        new TopologyTestDriver(KafkaStreamsExample.topology(config, clock), streams)) {
      TestInputTopic<String, Lead> leads = driver.createInputTopic(
          config.getProperty("fourfold.input.topic"), new StringSerializer(),
          FourfoldSerdes.lead().serializer());
      TestOutputTopic<String, QualificationResult> results = driver.createOutputTopic(
          config.getProperty("fourfold.results.topic"), new StringDeserializer(),
          FourfoldSerdes.result().deserializer());
      TestOutputTopic<String, VerdictChange> changes = driver.createOutputTopic(
          config.getProperty("fourfold.verdict.changes.topic"), new StringDeserializer(),
          FourfoldSerdes.verdictChange().deserializer());

      Lead fit = ConveyorBeltExample.lead();
      Lead software = Lead.builder().from(fit).id("software-house")
          .company(Company.builder().name("Bitco").industry("software").employees(300).build())
          .build();
      leads.pipeInput(fit.id(), fit);
      leads.pipeInput(software.id(), software);

      assertThat(results.readValuesToList()).extracting(QualificationResult::verdict)
          .containsExactly(Verdict.SQL, Verdict.DISQUALIFIED);
      assertThat(changes.readValuesToList()).extracting(VerdictChange::unmetReasons)
          .containsExactly(List.of(), List.of("ICP_INDUSTRY_MISMATCH"));
    }
  }
}
