package io.github.fourfold.model;

import io.github.fourfold.fixtures.WorkedExamples;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.Fixtures;
import io.github.fourfold.Qualifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Personal data never shows in toString, nor in anything the default rule produces. */
final class PersonalDataTest {
  private static final List<String> MARKERS =
      List.of("MARKER-CONTACT-NAME", "marker-email@example.com", "+31-MARKER-PHONE", "MARKER-STAKEHOLDER-NAME");

  static Lead markedLead() {
    Lead base = WorkedExamples.threeYearsLooking();
    DecisionProcess process = base.decisionProcess();
    assertThat(process).isNotNull();
    return Lead.builder().from(base)
        .contact(Contact.builder().name(MARKERS.get(0)).email(MARKERS.get(1)).phone(MARKERS.get(2)).title("Owner").build())
        .decisionProcess(DecisionProcess.builder().from(process)
            .addStakeholders(Stakeholder.builder().name(MARKERS.get(3)).title("CFO").build())
            .build())
        .build();
  }

  @Test
  void toString_masksNamesEmailsAndPhones() {
    String text = markedLead().toString();
    for (String marker : MARKERS) {
      assertThat(text).doesNotContain(marker);
    }
    assertThat(text).contains("Owner").contains("CFO").contains("three-years-looking");
  }

  @Test
  void ruleOutput_carriesNoPersonalData() {
    String text = Qualifier.fourQuestion().qualify(markedLead(), Fixtures.AS_OF).toString();
    for (String marker : MARKERS) {
      assertThat(text).doesNotContain(marker);
    }
  }
}
