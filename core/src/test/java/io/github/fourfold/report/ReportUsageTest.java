package io.github.fourfold.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.model.Lead;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The example in the package documentation of {@code io.github.fourfold.report}, run as written. */
final class ReportUsageTest {
  @Test
  void packageExample_runsAsDocumented() {
    Lead lead = Leads.contractEnds2029();

    QualificationPolicy policy = QualificationPolicy.builder().locale(Locale.forLanguageTag("nl")).build();
    QualificationResult result = Qualifier.fourQuestion(policy).qualify(lead, LocalDate.of(2027, 3, 1));

    String note = HandoffNote.of(lead, result, HandoffOptions.from(policy)).toText();
    List<String> ask = QuestionBank.of(policy.locale()).nextQuestions(lead, result); // = result.nextQuestions()
    String plan = CallPlan.followUp(result, policy.locale()).toMarkdown();
    String firstCall = CallPlan.firstCall(Locale.ENGLISH).toText();

    assertThat(note).startsWith("Overdrachtsnotitie: contract-ends-2029, per 2027-03-01\n");
    assertThat(ask).isEqualTo(result.nextQuestions()).isNotEmpty();
    assertThat(plan).startsWith("## Vervolggesprek (15 min)\n");
    assertThat(firstCall).startsWith("First call (25 min)\n");
  }
}
