package io.github.fourfold.kafka.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.Verdict;
import io.github.fourfold.jackson.FourfoldJsonException;
import io.github.fourfold.json.JsonErrorCode;
import io.github.fourfold.model.Lead;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

final class FourfoldSerdesTest {
  private static final Lead LEAD = Harness.exampleLead("conveyor-belt");
  private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

  @Test
  void lead_roundTrips_andKeepsTombstones() {
    Serde<Lead> serde = FourfoldSerdes.lead();
    byte[] bytes = serde.serializer().serialize("t", LEAD);
    assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(LEAD);
    assertThat(serde.serializer().serialize("t", null)).isNull();
    assertThat(serde.deserializer().deserialize("t", null)).isNull();
  }

  @Test
  void result_roundTrips() {
    QualificationResult result = Qualifier.fourQuestion().qualify(LEAD, DAY);
    Serde<QualificationResult> serde = FourfoldSerdes.result();
    assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", result)))
        .isEqualTo(result);
  }

  @Test
  void lead_invalidBytes_throwSerializationExceptionWithCodeAndNoInput() {
    byte[] bad = "{\"id\":\"L-1\",\"company\":{\"name\":\"Secret Co\",\"country\":7}}"
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FourfoldSerdes.lead().deserializer().deserialize("leads", bad))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("WRONG_TYPE")
        .hasMessageContaining("/company/country")
        .hasMessageNotContaining("Secret")
        .cause().isInstanceOf(FourfoldJsonException.class);
  }

  @Test
  void verdictChange_roundTrips_withAndWithoutPreviousVerdict() {
    VerdictChange first = VerdictChange.of(null, Qualifier.fourQuestion().qualify(LEAD, DAY));
    VerdictChange next = VerdictChange.builder().leadId("L-1").previousVerdict(Verdict.SQL)
        .verdict(Verdict.NOT_YET).asOf(DAY).addUnmetReasons("URGENCY_EXPIRED").build();
    Serde<VerdictChange> serde = FourfoldSerdes.verdictChange();
    for (VerdictChange change : new VerdictChange[] {first, next}) {
      assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", change)))
          .isEqualTo(change);
    }
    assertThat(new String(next.toJson(), StandardCharsets.UTF_8)).isEqualTo(
        "{\"leadId\":\"L-1\",\"previousVerdict\":\"SQL\",\"verdict\":\"NOT_YET\","
            + "\"asOf\":\"2027-03-01\",\"unmetReasons\":[\"URGENCY_EXPIRED\"]}");
    assertThat(new String(first.toJson(), StandardCharsets.UTF_8))
        .doesNotContain("previousVerdict");
  }

  @Test
  void verdictChange_invalidJson_hasTheFormatsCodes() {
    assertThat(code("{\"leadId\":\"L\",\"verdict\":\"SQL\"")).isEqualTo(JsonErrorCode.MALFORMED_JSON);
    assertThat(code("[]")).isEqualTo(JsonErrorCode.WRONG_TYPE);
    assertThat(code("{\"leadId\":\"L\",\"verdict\":\"SQL\"}"))
        .isEqualTo(JsonErrorCode.MISSING_REQUIRED);
    assertThat(code("{\"leadId\":\"L\",\"verdict\":\"MAYBE\",\"asOf\":\"2027-03-01\"}"))
        .isEqualTo(JsonErrorCode.INVALID_VALUE);
    assertThat(code("{\"leadId\":\"L\",\"leadId\":\"M\",\"verdict\":\"SQL\",\"asOf\":\"2027-03-01\"}"))
        .isEqualTo(JsonErrorCode.DUPLICATE_PROPERTY);
    assertThat(code("{\"leadId\":\"L\",\"previousVerdict\":\"SQL\",\"verdict\":\"SQL\","
        + "\"asOf\":\"2027-03-01\"}")).isEqualTo(JsonErrorCode.INVALID_VALUE);
    assertThat(code("{\"leadId\":\"L\",\"verdict\":\"SQL\",\"asOf\":\"2027-03-01\"} {}"))
        .isEqualTo(JsonErrorCode.MALFORMED_JSON);
  }

  private static JsonErrorCode code(String json) {
    try {
      VerdictChange.fromJson(json.getBytes(StandardCharsets.UTF_8));
    } catch (FourfoldJsonException e) {
      return e.code();
    }
    throw new AssertionError("read without an error: " + json);
  }
}
