package io.github.fourfold.examples.icpfit;

import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.QualifierDiscovery;
import io.github.fourfold.QualifierProvider;
import io.github.fourfold.examples.conveyorbelt.ConveyorBeltExample;
import io.github.fourfold.model.Company;
import io.github.fourfold.model.Lead;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Plugs a custom qualifier in next to the default rule: finds {@code icp-fit} on the class path
 * through {@link QualifierDiscovery}, combines it with the four-question rule (the worst verdict
 * wins) and qualifies three variants of the conveyor-belt lead.
 */
public final class IcpFitExample {
  private IcpFitExample() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    QualifierDiscovery discovery = QualifierDiscovery.load();
    QualifierProvider icp = discovery.find("icp-fit");
    if (icp == null) {
      throw new IllegalStateException("icp-fit is not on the class path; found " + discovery.ids());
    }
    QualificationPolicy policy = QualificationPolicy.ofDefaults();
    Qualifier qualifier = Qualifier.fourQuestion(policy).andThen(icp.create(policy));
    out.println("Qualifier: " + qualifier.id());

    Lead fit = ConveyorBeltExample.lead();
    Lead softwareHouse = Lead.builder().from(fit).id("software-house")
        .company(Company.builder().name("Bitco").industry("software").employees(300).country("NL").build())
        .build();
    Lead competitor = Lead.builder().from(fit).id("competitor").putAttributes("crm.accountType", "competitor").build();
    LocalDate asOf = LocalDate.of(2027, 3, 1);
    for (Lead lead : new Lead[] {fit, softwareHouse, competitor}) {
      ConveyorBeltExample.print(qualifier.qualify(lead, asOf), out);
    }
  }

  /**
   * Qualifies one lead with the default rule plus the ICP check, as {@link #main} does.
   *
   * @param lead the lead
   * @param asOf the reference date
   * @return the combined result
   */
  public static QualificationResult qualify(Lead lead, LocalDate asOf) {
    return Qualifier.fourQuestion().andThen(IcpFitQualifier.manufacturing()).qualify(lead, asOf);
  }
}
