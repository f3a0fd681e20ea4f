package io.github.fourfold.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fourfold.model.Basis;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import io.github.fourfold.testkit.internal.LeadText;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

final class ShrinkerTest {
  private static final LeadGenerator GENERATOR = LeadGenerator.ofDefaults();

  private static final Predicate<Lead> HAS_ASSUMED_TRIGGER =
      lead -> lead.triggers().stream().anyMatch(t -> t.basis() == Basis.ASSUMED);

  @Test
  void shrink_failureAboutOneTrigger_keepsOnlyThatTrigger() {
    Lead big = GENERATOR.stream(9L, 500).filter(HAS_ASSUMED_TRIGGER)
        .filter(l -> l.triggers().size() > 2 && l.contact() != null).findFirst().orElseThrow();
    Lead small = Shrinker.shrink(big, HAS_ASSUMED_TRIGGER);
    assertThat(small.triggers()).hasSize(1);
    UrgencyTrigger t = small.triggers().get(0);
    assertThat(t.basis()).isEqualTo(Basis.ASSUMED);
    assertThat(t.description()).isEqualTo("x");
    assertThat(t.date()).isNull();
    assertThat(t.consequence()).isNull();
    assertThat(t.cause()).isNull();
    assertThat(LeadText.describe(small)).isEqualTo(
        "Lead{id=\"lead\", triggers=[UrgencyTrigger{kind=" + t.kind()
            + ", description=\"x\", basis=ASSUMED}]}");
  }

  @Test
  void shrink_failureAboutBlankness_keepsBlankTextBlank() {
    Predicate<Lead> blankConsequence = lead -> lead.triggers().stream()
        .anyMatch(t -> t.consequence() != null && t.consequence().isBlank());
    Lead big = GENERATOR.stream(3L, 2_000).filter(blankConsequence).findFirst().orElseThrow();
    Lead small = Shrinker.shrink(big, blankConsequence);
    assertThat(small.triggers()).singleElement()
        .satisfies(t -> assertThat(t.consequence()).isEmpty());
  }

  @Test
  void shrink_nothingSmallerFails_returnsTheLead() {
    Lead lead = Lead.builder().id("lead").build();
    assertThat(Shrinker.shrink(lead, l -> true)).isSameAs(lead);
    Lead big = GENERATOR.lead(1L, 0);
    assertThat(Shrinker.shrink(big, big::equals)).isSameAs(big);
  }

  @Test
  void shrink_everythingFails_endsWithTheBareLead() {
    for (int i = 0; i < 50; i++) {
      assertThat(Shrinker.shrink(GENERATOR.lead(5L, i), l -> true))
          .isEqualTo(Lead.builder().id("lead").build());
    }
  }

  @Test
  void shrink_respectsTheBudget() {
    Lead big = GENERATOR.lead(2L, 3);
    AtomicInteger calls = new AtomicInteger();
    Lead result = Shrinker.shrink(big, l -> calls.incrementAndGet() < 0, 25);
    assertThat(calls.get()).isEqualTo(25);
    assertThat(result).isSameAs(big);
    assertThat(Shrinker.shrink(big, l -> true, 0)).isSameAs(big);
    assertThatThrownBy(() -> Shrinker.shrink(big, l -> true, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void simplifications_differFromTheLead() {
    GENERATOR.stream(11L, 300).forEach(lead ->
        assertThat(Shrinker.simplifications(lead)).isNotEmpty().doesNotContain(lead));
    assertThat(Shrinker.simplifications(Lead.builder().id("lead").build())).isEmpty();
  }

  /** No chain of simplifications cycles: always taking the last one ends at the bare lead. */
  @Test
  void simplifications_takenOneByOne_endAtTheBareLead() {
    GENERATOR.stream(13L, 100).forEach(lead -> {
      Lead current = lead;
      int steps = 0;
      for (var next = Shrinker.simplifications(current); !next.isEmpty();
          next = Shrinker.simplifications(current)) {
        current = next.get(next.size() - 1);
        assertThat(++steps).isLessThan(100_000);
      }
      assertThat(current).isEqualTo(Lead.builder().id("lead").build());
    });
  }

  @Test
  void simplifications_bareTrigger_onlyShortensTheDescription() {
    Lead lead = Lead.builder().id("lead").addTriggers(UrgencyTrigger.builder()
        .kind(TriggerKind.EVENT).description("long description").build()).build();
    assertThat(Shrinker.simplifications(lead)).containsExactly(
        Lead.builder().id("lead").build(),
        Lead.builder().id("lead").addTriggers(UrgencyTrigger.builder()
            .kind(TriggerKind.EVENT).description("x").build()).build());
  }
}
