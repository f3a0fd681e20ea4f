package io.github.fourfold.examples.icpfit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.QualifierDiscovery;
import io.github.fourfold.Verdict;
import io.github.fourfold.examples.conveyorbelt.ConveyorBeltExample;
import io.github.fourfold.model.Company;
import io.github.fourfold.model.Lead;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The ICP-fit plug-in: found by ServiceLoader, and it disqualifies misfits with its own codes. */
final class IcpFitExampleTest {
  private static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);

  @Test
  void provider_isFoundOnTheClassPath() {
    assertThat(QualifierDiscovery.load().ids()).contains("four-question", "icp-fit");
  }

  @Test
  void main_printsOneFitAndTwoMisfits() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    IcpFitExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String out = buffer.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("Qualifier: four-question/1+icp-fit/1")
        .contains("Lead conveyor-belt-foodco as of 2027-03-01: SQL")
        .contains("Lead software-house as of 2027-03-01: DISQUALIFIED")
        .contains("ICP_FIT ICP_INDUSTRY_MISMATCH")
        .contains("Lead competitor as of 2027-03-01: DISQUALIFIED")
        .contains("ICP_FIT ICP_COMPETITOR");
  }

  @Test
  void unknownIndustry_isNotYetNotDisqualified() {
    Lead lead = Lead.builder().from(ConveyorBeltExample.lead()).company(null).build();
    QualificationResult result = IcpFitExample.qualify(lead, AS_OF);
    assertThat(result.verdict()).isEqualTo(Verdict.NOT_YET);
    assertThat(result.unmetFindings()).extracting(f -> f.reasonCode()).containsExactly("ICP_FIT_UNKNOWN");
  }

  @Test
  void smallCompany_isTooSmall() {
    Lead lead = Lead.builder().from(ConveyorBeltExample.lead())
        .company(Company.builder().industry("Manufacturing").employees(5).build()).build();
    assertThat(IcpFitExample.qualify(lead, AS_OF).unmetFindings()).extracting(f -> f.reasonCode()).containsExactly("ICP_TOO_SMALL");
  }
}
