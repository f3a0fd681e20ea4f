package io.github.fourfold.kafka.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.QualifierFailedException;
import io.github.fourfold.Verdict;
import io.github.fourfold.model.Lead;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * The topology's semantics on {@code TopologyTestDriver}: what each kind of input, and each new
 * day, emits. Runs on the newest and on the lowest supported Kafka Streams (see the pom).
 */
final class QualifyTopologyTest {
  private static final LocalDate MARCH = LocalDate.of(2027, 3, 1);
  private static final Lead CONVEYOR = Harness.exampleLead("conveyor-belt");
  /** The conveyor belt lead's hygiene audit: urgency counts up to this day, inclusive. */
  private static final LocalDate AUDIT = LocalDate.of(2027, 9, 15);

  private static Harness harness() {
    return new Harness(FourfoldTopology.builder(), MARCH);
  }

  @Test
  void newLead_emitsResultAndFirstVerdictChange() {
    try (Harness h = harness()) {
      h.send(CONVEYOR);

      List<QualificationResult> results = h.readResults();
      assertThat(results).singleElement().satisfies(r -> {
        assertThat(r.leadId()).isEqualTo(CONVEYOR.id());
        assertThat(r.verdict()).isEqualTo(Verdict.SQL);
        assertThat(r.asOf()).isEqualTo(MARCH);
      });
      assertThat(h.readChanges()).containsExactly(
          VerdictChange.builder().leadId(CONVEYOR.id()).verdict(Verdict.SQL).asOf(MARCH).build());
    }
  }

  @Test
  void editThatChangesTheVerdict_emitsResultAndVerdictChange() {
    try (Harness h = harness()) {
      h.send(CONVEYOR);
      h.readResults();
      h.readChanges();

      h.send(Lead.builder().from(CONVEYOR).triggers(List.of()).build());

      assertThat(h.readResults()).singleElement()
          .satisfies(r -> assertThat(r.verdict()).isEqualTo(Verdict.NOT_YET));
      assertThat(h.readChanges()).containsExactly(
          VerdictChange.builder().leadId(CONVEYOR.id()).previousVerdict(Verdict.SQL)
              .verdict(Verdict.NOT_YET).asOf(MARCH).addUnmetReasons("URGENCY_UNKNOWN").build());
    }
  }

  @Test
  void editThatChangesTheResultButNotTheVerdict_emitsOnlyTheResult() {
    try (Harness h = harness()) {
      Lead noTriggers = Lead.builder().from(CONVEYOR).triggers(List.of()).build();
      h.send(noTriggers);
      h.readResults();
      h.readChanges();

      h.send(Lead.builder().from(noTriggers).problems(List.of()).build());

      assertThat(h.readResults()).singleElement()
          .satisfies(r -> assertThat(r.verdict()).isEqualTo(Verdict.NOT_YET));
      assertThat(h.readChanges()).isEmpty();
    }
  }

  @Test
  void editThatChangesNothing_emitsNothing_alsoOnALaterDay() {
    try (Harness h = harness()) {
      h.send(CONVEYOR);
      h.readResults();
      h.readChanges();

      h.send(Lead.builder().from(CONVEYOR).context("Called back about the quote").build());
      h.clock.set(MARCH.plusDays(1));
      h.send(CONVEYOR);

      assertThat(h.results.isEmpty()).isTrue();
      assertThat(h.changes.isEmpty()).isTrue();
    }
  }

  @Test
  void tombstone_deletesTheLeadAndEmitsATombstone() {
    try (Harness h = harness()) {
      h.send(CONVEYOR);
      h.readResults();
      h.readChanges();

      h.leads.pipeInput(CONVEYOR.id(), null);

      assertThat(h.results.readRecordsToList()).singleElement().satisfies(r -> {
        assertThat(r.key()).isEqualTo(CONVEYOR.id());
        assertThat(r.value()).isNull();
      });
      // The state is gone: the same lead again is new, with a first verdict.
      h.send(CONVEYOR);
      assertThat(h.readResults()).hasSize(1);
      assertThat(h.readChanges()).singleElement()
          .satisfies(c -> assertThat(c.previousVerdict()).isNull());
    }
  }

  @Test
  void badRecords_goToDeadLetters_andTheNextGoodRecordIsProcessed() throws IOException {
    Qualifier throwing = (lead, asOf) -> {
      if (lead.id().startsWith("boom")) {
        throw new IllegalStateException("secret from " + lead.id());
      }
      if (lead.id().startsWith("refuse")) {
        throw new QualifierFailedException("budget/1", "the CRM did not answer", null);
      }
      return Qualifier.fourQuestion().qualify(lead, asOf);
    };
    try (Harness h = new Harness(FourfoldTopology.builder().qualifier(throwing), MARCH)) {
      h.sendRaw("bad-json", "{not json");
      h.sendRaw("L-7", "{\"id\": \"L-7\", \"problems\": \"none\"}");
      h.send(Lead.builder().from(CONVEYOR).id("boom-1").build());
      h.sendRaw("other-key", "{\"id\": \"L-8\"}");
      h.send(Lead.builder().from(CONVEYOR).id("refuse-1").build());
      h.send(CONVEYOR);

      List<TestRecord<byte[], byte[]>> dead = h.readDeadLetters();
      assertThat(dead).extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
          .containsExactly("bad-json", "L-7", "boom-1", "other-key", "refuse-1");
      ObjectMapper mapper = new ObjectMapper();
      JsonNode malformed = mapper.readTree(dead.get(0).value()).get("error");
      assertThat(malformed.get("topic").asText()).isEqualTo(Harness.LEADS);
      assertThat(malformed.get("partition").asInt()).isZero();
      assertThat(malformed.get("offset").asLong()).isZero();
      assertThat(malformed.get("code").asText()).isEqualTo("MALFORMED_JSON");
      assertThat(malformed.has("id")).isFalse();
      JsonNode invalid = mapper.readTree(dead.get(1).value()).get("error");
      assertThat(invalid.get("offset").asLong()).isEqualTo(1);
      assertThat(invalid.get("id").asText()).isEqualTo("L-7");
      assertThat(invalid.get("code").asText()).isEqualTo("WRONG_TYPE");
      assertThat(invalid.get("pointer").asText()).isEqualTo("/problems");
      JsonNode failed = mapper.readTree(dead.get(2).value()).get("error");
      assertThat(failed.get("code").asText()).isEqualTo("QUALIFIER_FAILED");
      assertThat(failed.get("message").asText())
          .contains("IllegalStateException").doesNotContain("secret");
      JsonNode mismatch = mapper.readTree(dead.get(3).value()).get("error");
      assertThat(mismatch.get("code").asText()).isEqualTo("KEY_MISMATCH");
      assertThat(mismatch.get("id").asText()).isEqualTo("L-8");
      // A qualifier's own QualifierFailedException keeps its id and words.
      JsonNode refused = mapper.readTree(dead.get(4).value()).get("error");
      assertThat(refused.get("message").asText()).isEqualTo("Qualifier 'budget/1' failed: the CRM did not answer");

      assertThat(h.readResults()).extracting(QualificationResult::leadId)
          .containsExactly(CONVEYOR.id());
      assertThat(h.deadLetterTotal()).isEqualTo(5.0);
    }
  }

  @Test
  void newDayPastADeadline_emitsSqlToNotYet() {
    try (Harness h = new Harness(FourfoldTopology.builder(), AUDIT)) {
      h.send(CONVEYOR);
      assertThat(h.readChanges()).singleElement()
          .satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.SQL));
      h.readResults();

      h.passDay(AUDIT.plusDays(1));

      assertThat(h.readResults()).singleElement().satisfies(r -> {
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_YET);
        assertThat(r.asOf()).isEqualTo(AUDIT.plusDays(1));
      });
      assertThat(h.readChanges()).containsExactly(
          VerdictChange.builder().leadId(CONVEYOR.id()).previousVerdict(Verdict.SQL)
              .verdict(Verdict.NOT_YET).asOf(AUDIT.plusDays(1))
              .addUnmetReasons("URGENCY_EXPIRED").build());
    }
  }

  @Test
  void reachingTheRevisitDate_emitsNotYetToSql() {
    Lead contract = Harness.exampleLead("contract-ends-2029");
    try (Harness h = harness()) {
      h.send(contract);
      QualificationResult first = h.readResults().get(0);
      assertThat(first.verdict()).isEqualTo(Verdict.NOT_YET);
      LocalDate revisit = first.revisitOn();
      assertThat(revisit).isNotNull();
      h.readChanges();

      h.passDay(revisit.minusDays(1));
      assertThat(h.results.isEmpty()).isTrue();

      h.passDay(revisit);
      assertThat(h.readResults()).singleElement()
          .satisfies(r -> assertThat(r.verdict()).isEqualTo(Verdict.SQL));
      assertThat(h.readChanges()).containsExactly(
          VerdictChange.builder().leadId(contract.id()).previousVerdict(Verdict.NOT_YET)
              .verdict(Verdict.SQL).asOf(revisit).build());
    }
  }

  @Test
  void dailyPass_emitsOnlyTheResultsThatChanged_andComparesWithTheLastOneEmitted() {
    try (Harness h = harness()) {
      h.send(CONVEYOR);
      h.send(Lead.builder().from(CONVEYOR).id("no-triggers").triggers(List.of()).build());
      h.readResults();
      h.readChanges();

      h.passDay(AUDIT);
      assertThat(h.results.isEmpty()).isTrue();
      assertThat(h.changes.isEmpty()).isTrue();

      h.passDay(AUDIT.plusDays(1));
      assertThat(h.readResults()).singleElement().satisfies(r -> {
        assertThat(r.leadId()).isEqualTo(CONVEYOR.id());
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_YET);
      });
      assertThat(h.readChanges()).extracting(VerdictChange::leadId).containsExactly(CONVEYOR.id());

      h.passDay(AUDIT.plusDays(2));
      assertThat(h.results.isEmpty()).isTrue();
      assertThat(h.changes.isEmpty()).isTrue();
    }
  }

  @Test
  void dailyPass_isSpreadOverPunctuationsInBatches_andRunsOncePerDay() {
    AtomicInteger qualified = new AtomicInteger();
    Qualifier counting = (lead, asOf) -> {
      qualified.incrementAndGet();
      return Qualifier.fourQuestion().qualify(lead, asOf);
    };
    try (Harness h = new Harness(
        FourfoldTopology.builder().qualifier(counting).requalifyBatchSize(2), AUDIT)) {
      for (int i = 0; i < 5; i++) {
        h.send(Lead.builder().from(CONVEYOR).id("lead-" + i).build());
      }
      h.readResults();
      h.readChanges();

      h.passDay(AUDIT.plusDays(1));
      assertThat(h.readChanges()).extracting(VerdictChange::leadId)
          .containsExactly("lead-0", "lead-1");
      assertThat(h.readResults()).hasSize(2);
      h.driver.advanceWallClockTime(Harness.INTERVAL);
      assertThat(h.readChanges()).extracting(VerdictChange::leadId)
          .containsExactly("lead-2", "lead-3");
      assertThat(h.readResults()).hasSize(2);
      h.driver.advanceWallClockTime(Harness.INTERVAL);
      assertThat(h.readChanges()).extracting(VerdictChange::leadId).containsExactly("lead-4");
      assertThat(h.readResults()).hasSize(1);
      int calls = qualified.get();
      h.driver.advanceWallClockTime(Harness.INTERVAL);
      h.driver.advanceWallClockTime(Harness.INTERVAL);
      // Today's pass is done: no lead is qualified again until tomorrow.
      assertThat(qualified.get()).isEqualTo(calls);
      h.passDay(AUDIT.plusDays(2));
      assertThat(qualified.get()).isEqualTo(calls + 2);
    }
  }
}
