package io.github.fourfold.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.fourfold.Criterion;
import io.github.fourfold.Qualifier;
import io.github.fourfold.Verdict;
import io.github.fourfold.model.Lead;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The code of README.md, compiled and run, so the README cannot drift from the API. */
final class ReadmeExamplesTest {
  // ---- "Write your own properties" ----------------------------------------------------------

  private static final LeadGenerator SQL_LEADS = LeadGenerator.builder().sql().build();

  static Stream<Lead> sqlLeads() {
    return SQL_LEADS.stream(42L, 500);
  }

  @ParameterizedTest
  @MethodSource("sqlLeads")
  void qualify_sqlLead_isSql(Lead lead) {
    assertTrue(Qualifier.fourQuestion().qualify(lead, SQL_LEADS.asOf()).isSql());
  }

  @Test
  void qualify_leadMissingOnlyUrgency_isNotYet() {
    LeadGenerator leads = LeadGenerator.builder().missingExactly(Criterion.URGENCY).build();
    Qualifier qualifier = Qualifier.fourQuestion();
    Predicate<Lead> fails =
        lead -> qualifier.qualify(lead, leads.asOf()).verdict() != Verdict.NOT_YET;
    leads.stream(7L, 2_000).filter(fails).findFirst()
        .ifPresent(lead -> fail("not NOT_YET: " + Shrinker.shrink(lead, fails)));
  }

  // ---- "To leave a check out" -----------------------------------------------------------------

  /** A qualifier that reads the contact's name, with that one check disabled as documented. */
  static final class DisabledCheckCase implements QualifierContract<Qualifier> {
    @Override
    public Qualifier qualifier() {
      return new BrokenQualifiers.ContactNameDependent();
    }

    @Override
    @Test
    @Disabled("reads the contact's name on purpose")
    public void qualify_ignoresPersonalDataAndWording() {}
  }

  @Test
  void disabledCheck_isSkippedAndTheOthersStillRun() {
    Events events = EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(DisabledCheckCase.class)).execute().testEvents();
    assertThat(events.skipped().count()).isEqualTo(1);
    assertThat(events.failed().count()).isZero();
    assertThat(events.succeeded().count()).isEqualTo(5);
  }
}
