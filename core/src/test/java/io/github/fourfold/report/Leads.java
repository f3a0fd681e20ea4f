package io.github.fourfold.report;

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
 * The spec's worked examples ({@code spec/examples/*.json}) as Java, for the report tests. The
 * core module cannot see the examples module, so the conveyor-belt lead is repeated here exactly
 * as {@code ConveyorBeltExample.lead()} builds it.
 */
final class Leads {
  static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);
  static final Locale NL = Locale.forLanguageTag("nl");

  private Leads() {}

  /** The article's example, with the English wording of {@code conveyor-belt.json}. */
  static Lead conveyorBelt() {
    return Lead.builder()
        .id("conveyor-belt-foodco")
        .company(Company.builder().name("Foodco").industry("food processing").country("NL").build())
        .contact(Contact.builder().name("Plant manager").title("Plant manager").build())
        .context("Asked for a quote for hygienic conveyor belts")
        .situation(Situation.builder()
            .summary("Six conveyor belts from a competitor, on average 12 years old.")
            .addInstalledBase(InstalledBaseItem.builder()
                .name("conveyor belt").supplier("a competitor").quantity(6).ageYears(BigDecimal.valueOf(12))
                .build())
            .build())
        .addProblems(Problem.builder()
            .statement("Two belts have stopped three times this year.")
            .visibility(Visibility.VISIBLE)
            .category(ProblemCategory.DOWNTIME)
            .cost(Cost.of(15_000, "EUR", Per.OCCURRENCE))
            .frequency(Frequency.of(3, Per.YEAR))
            .addressable(true)
            .build())
        .addTriggers(UrgencyTrigger.builder()
            .kind(TriggerKind.DEADLINE)
            .cause(TriggerCause.AUDIT)
            .description("Hygiene audit in September")
            .date(LocalDate.of(2027, 9, 15))
            .consequence("If the belts fail the hygiene requirements they lose a large retail customer.")
            .build())
        .decisionProcess(DecisionProcess.builder()
            .addStakeholders(Stakeholder.builder()
                .title("Plant manager").group(StakeholderGroup.END_USER).addRoles(Role.SELECTS).firstContact(true)
                .build())
            .addStakeholders(Stakeholder.builder()
                .title("Procurement").group(StakeholderGroup.COMMERCIAL).addRoles(Role.NEGOTIATES)
                .build())
            .addStakeholders(Stakeholder.builder()
                .title("Director").group(StakeholderGroup.EXECUTIVE).addRoles(Role.APPROVES)
                .approvesAbove(Money.of(50_000, "EUR"))
                .build())
            .build())
        .build();
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
    return Lead.builder()
        .id("contract-ends-2029")
        .situation(Situation.builder().summary("Compressed air from a leased compressor park.").build())
        .addProblems(Problem.builder()
            .statement("Energy use of the compressors is too high.")
            .category(ProblemCategory.COST)
            .cost(Cost.of(60_000, "EUR", Per.YEAR))
            .addressable(true)
            .build())
        .addTriggers(UrgencyTrigger.builder()
            .kind(TriggerKind.DEADLINE)
            .cause(TriggerCause.CONTRACT_END)
            .description("Lease contract ends")
            .date(LocalDate.of(2029, 1, 31))
            .consequence("Without a replacement the plant has no compressed air.")
            .build())
        .decisionProcess(DecisionProcess.builder()
            .addStakeholders(Stakeholder.builder()
                .title("Maintenance lead").group(StakeholderGroup.TECHNICAL).addRoles(Role.SELECTS).firstContact(true)
                .build())
            .addStakeholders(Stakeholder.builder()
                .title("Finance director").group(StakeholderGroup.EXECUTIVE).addRoles(Role.APPROVES)
                .build())
            .process("Capital requests go to the board in November.")
            .build())
        .build();
  }

  /** {@code just-looking.json}: NOT_YET with three unmet criteria and a demo request. */
  static Lead justLooking() {
    return Lead.builder()
        .id("just-looking")
        .contact(Contact.builder().name("Sam Visser").email("sam@example.com").build())
        .context("Downloaded a whitepaper and wanted to get informed")
        .demoRequested(true)
        .situation(Situation.builder()
            .summary("Runs two packaging lines with machines from several suppliers.").teamSize(12).build())
        .build();
  }

  /** {@code three-years-looking.json}: unsupported urgency, single-threaded. */
  static Lead threeYearsLooking() {
    return Lead.builder()
        .id("three-years-looking")
        .situation(Situation.builder()
            .summary("Manual quality inspection on one line since 2019.").teamSize(4).inPlaceSince(2019).build())
        .addProblems(Problem.builder()
            .statement("About 2% of parts are rejected at the customer.")
            .category(ProblemCategory.QUALITY)
            .frequency(Frequency.of(40, Per.MONTH))
            .addressable(true)
            .build())
        .addTriggers(UrgencyTrigger.builder()
            .kind(TriggerKind.OPPORTUNITY)
            .description("This has priority for us; we have been looking at it for three years.")
            .build())
        .decisionProcess(DecisionProcess.builder()
            .addStakeholders(Stakeholder.builder()
                .title("Quality manager").group(StakeholderGroup.TECHNICAL).addRoles(Role.SELECTS, Role.APPROVES)
                .firstContact(true)
                .build())
            .process("Quality manager decides within the yearly budget.")
            .build())
        .build();
  }

  /** {@code wrong-fit.json}: DISQUALIFIED, the only problem is not addressable. */
  static Lead wrongFit() {
    return Lead.builder()
        .id("wrong-fit")
        .situation(Situation.builder()
            .addInstalledBase(InstalledBaseItem.builder().name("ERP system").supplier("in-house").quantity(1).build())
            .build())
        .addProblems(Problem.builder()
            .statement("Invoices are booked twice.")
            .category(ProblemCategory.COST)
            .cost(Cost.of(2_000, "EUR", Per.MONTH))
            .addressable(false)
            .build())
        .addTriggers(UrgencyTrigger.builder()
            .kind(TriggerKind.EVENT)
            .cause(TriggerCause.ACQUISITION)
            .description("Taken over by a group last month")
            .date(LocalDate.of(2027, 2, 10))
            .build())
        .decisionProcess(DecisionProcess.builder()
            .addStakeholders(Stakeholder.builder()
                .title("CFO").group(StakeholderGroup.EXECUTIVE).addRoles(Role.APPROVES).build())
            .timeline("a quarter")
            .build())
        .build();
  }
}
