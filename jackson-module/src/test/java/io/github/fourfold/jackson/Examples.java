package io.github.fourfold.jackson;

import static io.github.fourfold.model.Per.MONTH;
import static io.github.fourfold.model.Per.OCCURRENCE;
import static io.github.fourfold.model.Per.YEAR;

import io.github.fourfold.CriterionFinding;
import io.github.fourfold.Criterion;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.ReasonCode;
import io.github.fourfold.Verdict;
import io.github.fourfold.Warning;
import io.github.fourfold.WarningCode;
import io.github.fourfold.model.Company;
import io.github.fourfold.model.Contact;
import io.github.fourfold.model.Cost;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Frequency;
import io.github.fourfold.model.InstalledBaseItem;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Money;
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
import java.util.List;

/**
 * The spec's five worked examples built in Java, and a hand-written result for each: the fixtures
 * that the golden files pin.
 */
final class Examples {
  private Examples() {}

  static Lead lead(String name) {
    switch (name) {
      case "conveyor-belt":
        return conveyorBelt();
      case "just-looking":
        return justLooking();
      case "three-years-looking":
        return threeYearsLooking();
      case "wrong-fit":
        return wrongFit();
      case "contract-ends-2029":
        return contractEnds2029();
      default:
        throw new IllegalArgumentException(name);
    }
  }

  static Lead conveyorBelt() {
    return Lead.builder()
        .id("conveyor-belt-foodco")
        .company(
            Company.builder().name("Foodco").industry("food processing").country("NL").build())
        .contact(Contact.builder().name("Plant manager").title("Plant manager").build())
        .context("Asked for a quote for hygienic conveyor belts")
        .situation(
            Situation.builder()
                .summary("Six conveyor belts from a competitor, on average 12 years old.")
                .addInstalledBase(
                    InstalledBaseItem.builder()
                        .name("conveyor belt")
                        .supplier("a competitor")
                        .quantity(6)
                        .ageYears(new BigDecimal("12"))
                        .build())
                .build())
        .addProblems(
            Problem.builder()
                .statement("Two belts have stopped three times this year.")
                .visibility(Visibility.VISIBLE)
                .category(ProblemCategory.DOWNTIME)
                .cost(Cost.of(15000, "EUR", OCCURRENCE))
                .frequency(Frequency.of(3, YEAR))
                .addressable(true)
                .build())
        .addTriggers(
            UrgencyTrigger.builder()
                .kind(TriggerKind.DEADLINE)
                .cause(TriggerCause.AUDIT)
                .description("Hygiene audit in September")
                .date(LocalDate.of(2027, 9, 15))
                .consequence(
                    "If the belts fail the hygiene requirements they lose a large retail"
                        + " customer.")
                .build())
        .decisionProcess(
            DecisionProcess.builder()
                .addStakeholders(
                    Stakeholder.builder()
                        .title("Plant manager")
                        .group(StakeholderGroup.END_USER)
                        .addRoles(Role.SELECTS)
                        .firstContact(true)
                        .build(),
                    Stakeholder.builder()
                        .title("Procurement")
                        .group(StakeholderGroup.COMMERCIAL)
                        .addRoles(Role.NEGOTIATES)
                        .build(),
                    Stakeholder.builder()
                        .title("Director")
                        .group(StakeholderGroup.EXECUTIVE)
                        .addRoles(Role.APPROVES)
                        .approvesAbove(Money.of(50000, "EUR"))
                        .build())
                .build())
        .build();
  }

  static Lead justLooking() {
    return Lead.builder()
        .id("just-looking")
        .contact(Contact.builder().name("Sam Visser").email("sam@example.com").build())
        .context("Downloaded a whitepaper and wanted to get informed")
        .demoRequested(true)
        .situation(
            Situation.builder()
                .summary("Runs two packaging lines with machines from several suppliers.")
                .teamSize(12)
                .build())
        .build();
  }

  static Lead threeYearsLooking() {
    return Lead.builder()
        .id("three-years-looking")
        .situation(
            Situation.builder()
                .summary("Manual quality inspection on one line since 2019.")
                .teamSize(4)
                .inPlaceSince(2019)
                .build())
        .addProblems(
            Problem.builder()
                .statement("About 2% of parts are rejected at the customer.")
                .category(ProblemCategory.QUALITY)
                .frequency(Frequency.of(40, MONTH))
                .addressable(true)
                .build())
        .addTriggers(
            UrgencyTrigger.builder()
                .kind(TriggerKind.OPPORTUNITY)
                .description(
                    "This has priority for us; we have been looking at it for three years.")
                .build())
        .decisionProcess(
            DecisionProcess.builder()
                .addStakeholders(
                    Stakeholder.builder()
                        .title("Quality manager")
                        .group(StakeholderGroup.TECHNICAL)
                        .addRoles(Role.SELECTS, Role.APPROVES)
                        .firstContact(true)
                        .build())
                .process("Quality manager decides within the yearly budget.")
                .build())
        .build();
  }

  static Lead wrongFit() {
    return Lead.builder()
        .id("wrong-fit")
        .situation(
            Situation.builder()
                .addInstalledBase(
                    InstalledBaseItem.builder()
                        .name("ERP system")
                        .supplier("in-house")
                        .quantity(1)
                        .build())
                .build())
        .addProblems(
            Problem.builder()
                .statement("Invoices are booked twice.")
                .category(ProblemCategory.COST)
                .cost(Cost.of(2000, "EUR", MONTH))
                .addressable(false)
                .build())
        .addTriggers(
            UrgencyTrigger.builder()
                .kind(TriggerKind.EVENT)
                .cause(TriggerCause.ACQUISITION)
                .description("Taken over by a group last month")
                .date(LocalDate.of(2027, 2, 10))
                .build())
        .decisionProcess(
            DecisionProcess.builder()
                .addStakeholders(
                    Stakeholder.builder()
                        .title("CFO")
                        .group(StakeholderGroup.EXECUTIVE)
                        .addRoles(Role.APPROVES)
                        .build())
                .timeline("a quarter")
                .build())
        .build();
  }

  static Lead contractEnds2029() {
    return Lead.builder()
        .id("contract-ends-2029")
        .situation(
            Situation.builder().summary("Compressed air from a leased compressor park.").build())
        .addProblems(
            Problem.builder()
                .statement("Energy use of the compressors is too high.")
                .category(ProblemCategory.COST)
                .cost(Cost.of(60000, "EUR", YEAR))
                .addressable(true)
                .build())
        .addTriggers(
            UrgencyTrigger.builder()
                .kind(TriggerKind.DEADLINE)
                .cause(TriggerCause.CONTRACT_END)
                .description("Lease contract ends")
                .date(LocalDate.of(2029, 1, 31))
                .consequence("Without a replacement the plant has no compressed air.")
                .build())
        .decisionProcess(
            DecisionProcess.builder()
                .addStakeholders(
                    Stakeholder.builder()
                        .title("Maintenance lead")
                        .group(StakeholderGroup.TECHNICAL)
                        .addRoles(Role.SELECTS)
                        .firstContact(true)
                        .build(),
                    Stakeholder.builder()
                        .title("Finance director")
                        .group(StakeholderGroup.EXECUTIVE)
                        .addRoles(Role.APPROVES)
                        .build())
                .process("Capital requests go to the board in November.")
                .build())
        .build();
  }

  /**
   * A hand-written result for each example, with the verdict, reasons, warnings and revisit date
   * of the examples' README and sentences of our own: the format is pinned independently of the
   * rule's wording, which lives in core.
   */
  static QualificationResult result(String name) {
    QualificationResult.Builder result =
        QualificationResult.builder()
            .leadId(lead(name).id())
            .asOf(ModuleTestBase.AS_OF)
            .qualifierId(Qualifier.FOUR_QUESTION_ID);
    switch (name) {
      case "conveyor-belt":
        return result.verdict(Verdict.SQL).findings(allMet()).build();
      case "just-looking":
        return result
            .verdict(Verdict.NOT_YET)
            .findings(
                List.of(
                    CriterionFinding.met(Criterion.SITUATION),
                    CriterionFinding.unmet(ReasonCode.PROBLEM_UNKNOWN, "No problem is known."),
                    CriterionFinding.unmet(ReasonCode.URGENCY_UNKNOWN, "No reason to act now."),
                    CriterionFinding.unmet(
                        ReasonCode.DECISION_UNKNOWN, "Nothing is known about the decision.")))
            .addWarnings(
                Warning.of(
                    WarningCode.DEMO_BEFORE_QUALIFIED, "A demo was asked for before qualifying."))
            .addNextQuestions(
                "What does it cost you when this goes wrong?",
                "What happens if nothing changes before the summer?",
                "Who signs for an investment like this?")
            .build();
      case "three-years-looking":
        return result
            .verdict(Verdict.NOT_YET)
            .findings(
                replace(
                    Criterion.URGENCY,
                    CriterionFinding.unmet(
                        ReasonCode.URGENCY_UNSUPPORTED, "The trigger has no date or consequence.")))
            .addWarnings(
                Warning.of(WarningCode.SINGLE_THREADED, "Only the first contact is involved."))
            .addNextQuestions("Why does this have to be solved now?")
            .build();
      case "wrong-fit":
        return result
            .verdict(Verdict.DISQUALIFIED)
            .findings(
                replace(
                    Criterion.PROBLEM,
                    CriterionFinding.unmet(
                        ReasonCode.PROBLEM_NOT_ADDRESSABLE, "We cannot solve this problem.")))
            .build();
      case "contract-ends-2029":
        return result
            .verdict(Verdict.NOT_YET)
            .findings(
                replace(
                    Criterion.URGENCY,
                    CriterionFinding.unmet(
                        ReasonCode.URGENCY_BEYOND_HORIZON, "The deadline is too far away.")))
            .revisitOn(LocalDate.of(2028, 1, 31))
            .build();
      default:
        throw new IllegalArgumentException(name);
    }
  }

  private static List<CriterionFinding> allMet() {
    return List.of(
        CriterionFinding.met(Criterion.SITUATION),
        CriterionFinding.met(Criterion.PROBLEM),
        CriterionFinding.met(Criterion.URGENCY),
        CriterionFinding.met(Criterion.DECISION));
  }

  private static List<CriterionFinding> replace(Criterion criterion, CriterionFinding finding) {
    return allMet().stream()
        .map(f -> f.criterionCode().equals(criterion.name()) ? finding : f)
        .collect(java.util.stream.Collectors.toList());
  }
}
