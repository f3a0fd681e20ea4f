package io.github.fourfold.kafka.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.model.Lead;
import java.time.LocalDate;
import java.time.Duration;
import java.time.Period;
import org.apache.kafka.streams.Topology;
import org.junit.jupiter.api.Test;

final class FourfoldTopologyTest {
  private static FourfoldTopology.Builder topics() {
    return FourfoldTopology.builder().inputTopic("in").resultsTopic("results")
        .verdictChangesTopic("changes").deadLetterTopic("dead");
  }

  @Test
  void build_withoutATopic_fails() {
    assertThatThrownBy(() -> FourfoldTopology.builder().inputTopic("in").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("resultsTopic");
  }

  @Test
  void build_withTwoEqualTopics_fails() {
    assertThatThrownBy(() -> topics().deadLetterTopic("results").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("differ");
  }

  @Test
  void settings_outOfRange_fail() {
    assertThatThrownBy(() -> topics().inputTopic("no spaces"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> topics().requalifyBatchSize(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> topics().requalifyInterval(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void qualifierAndPolicy_together_fail() {
    assertThatThrownBy(() -> topics().qualifier(Qualifier.fourQuestion())
            .policy(QualificationPolicy.ofDefaults()).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void policy_configuresTheDefaultRule() {
    QualificationPolicy policy = QualificationPolicy.ofHorizon(Period.ofMonths(6));
    Lead lead = Harness.exampleLead("contract-ends-2029");
    LocalDate day = LocalDate.of(2027, 3, 1);
    QualificationResult result = topics().policy(policy).qualifierInUse().qualify(lead, day);
    assertThat(result).isEqualTo(Qualifier.fourQuestion(policy).qualify(lead, day))
        .isNotEqualTo(Qualifier.fourQuestion().qualify(lead, day));
  }

  @Test
  void addTo_twoNames_shareOneTopology() {
    Topology topology = topics().name("a").build();
    FourfoldTopology.builder().name("b").inputTopic("in2").resultsTopic("results2")
        .verdictChangesTopic("changes2").deadLetterTopic("dead2").addTo(topology);
    assertThat(topology.describe().toString())
        .contains("a-leads", "b-leads", "a-requalify-pass", "b-requalify-pass");
  }
}
