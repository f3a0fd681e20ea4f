package io.github.fourfold.report;

import io.github.fourfold.Fixtures;
import io.github.fourfold.model.Company;
import io.github.fourfold.model.Contact;
import io.github.fourfold.model.Cost;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Frequency;
import io.github.fourfold.model.InstalledBaseItem;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Money;
import io.github.fourfold.model.Per;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.ProblemCategory;
import io.github.fourfold.model.Role;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.StakeholderGroup;
import io.github.fourfold.model.TriggerCause;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import io.github.fourfold.model.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The spec's worked examples ({@code spec/examples/*.json}) as Java, for the report tests: the
 * core tests' {@link Fixtures}, plus the conveyor-belt lead in the article's Dutch wording.
 */
final class Leads {
  static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);
  static final Locale NL = Locale.forLanguageTag("nl");

  private Leads() {}

  /** The article's example, with the English wording of {@code conveyor-belt.json}. */
  static Lead conveyorBelt() {
    return Fixtures.conveyorBelt();
  }

  /**
   * The same lead as a Dutch rep would record it, in the article's own words ("Manufacturing
   * voorbeeld"): same facts, Dutch free text.
   */
  static Lead conveyorBeltDutch() {
    return Lead.builder()
        .id("conveyor-belt-foodco")
        .company(Company.builder().name("Foodco").industry("voedingsindustrie").country("NL").build())
        .contact(Contact.builder().name("Plant manager").title("Plant manager").build())
        .context("Vroeg een offerte aan voor hygiënische transportbanden")
        .situation(Situation.builder()
            .summary("Ze hebben zes transportbanden van een concurrent. Gemiddeld 12 jaar oud.")
            .addInstalledBase(InstalledBaseItem.builder()
                .name("transportband").supplier("een concurrent").quantity(6).ageYears(BigDecimal.valueOf(12))
                .build())
            .build())
        .addProblems(Problem.builder()
            .statement("Twee banden zijn dit jaar al drie keer stilgevallen.")
            .visibility(Visibility.VISIBLE)
            .category(ProblemCategory.DOWNTIME)
            .cost(Cost.of(15_000, "EUR", Per.OCCURRENCE))
            .frequency(Frequency.of(3, Per.YEAR))
            .addressable(true)
            .build())
        .addTriggers(UrgencyTrigger.builder()
            .kind(TriggerKind.DEADLINE)
            .cause(TriggerCause.AUDIT)
            .description("Audit in september")
            .date(LocalDate.of(2027, 9, 15))
            .consequence("Als de banden dan niet voldoen aan hygiëne-eisen, raken ze een grote retailklant kwijt.")
            .build())
        .decisionProcess(DecisionProcess.builder()
            .addStakeholders(Stakeholder.builder()
                .title("Plant manager").group(StakeholderGroup.END_USER).addRoles(Role.SELECTS).firstContact(true)
                .build())
            .addStakeholders(Stakeholder.builder()
                .title("Inkoop").group(StakeholderGroup.COMMERCIAL).addRoles(Role.NEGOTIATES)
                .build())
            .addStakeholders(Stakeholder.builder()
                .title("Directeur").group(StakeholderGroup.EXECUTIVE).addRoles(Role.APPROVES)
                .approvesAbove(Money.of(50_000, "EUR"))
                .build())
            .build())
        .build();
  }

  /** {@code contract-ends-2029.json}: NOT_YET, beyond the horizon, revisit on 2028-01-31. */
  static Lead contractEnds2029() {
    return Fixtures.contractEnds2029();
  }

  /** {@code just-looking.json}: NOT_YET with three unmet criteria and a demo request. */
  static Lead justLooking() {
    return Fixtures.justLooking();
  }

  /** {@code three-years-looking.json}: unsupported urgency, single-threaded. */
  static Lead threeYearsLooking() {
    return Fixtures.threeYearsLooking();
  }

  /** {@code wrong-fit.json}: DISQUALIFIED, the only problem is not addressable. */
  static Lead wrongFit() {
    return Fixtures.wrongFit();
  }
}
