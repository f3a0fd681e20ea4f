package io.github.fourfold.report;

import io.github.fourfold.fixtures.WorkedExamples;
import io.github.fourfold.model.Company;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.InstalledBaseItem;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.UrgencyTrigger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The spec's worked examples ({@code examples/leads/*.json}) as Java, for the report tests: the
 * shared {@link WorkedExamples}, plus the conveyor-belt lead in the article's Dutch wording.
 */
final class Leads {
  static final LocalDate AS_OF = WorkedExamples.AS_OF;
  static final Locale NL = Locale.forLanguageTag("nl");

  private Leads() {}

  /** The article's example, with the English wording of {@code conveyor-belt.json}. */
  static Lead conveyorBelt() {
    return WorkedExamples.conveyorBelt();
  }

  /**
   * The same lead as a Dutch rep would record it, in the article's own words ("Manufacturing
   * voorbeeld"): same facts, Dutch free text.
   */
  static Lead conveyorBeltDutch() {
    Lead english = WorkedExamples.conveyorBelt();
    Situation situation = english.situation();
    Problem problem = english.problems().get(0);
    UrgencyTrigger trigger = english.triggers().get(0);
    DecisionProcess decision = english.decisionProcess();
    Company company = english.company();
    if (situation == null || decision == null || company == null) {
      throw new IllegalStateException("the worked example has a company, situation and decision");
    }
    List<String> titles = List.of("Plant manager", "Inkoop", "Directeur");
    List<Stakeholder> stakeholders = new ArrayList<>();
    for (int i = 0; i < titles.size(); i++) {
      stakeholders.add(Stakeholder.builder().from(decision.stakeholders().get(i)).title(titles.get(i)).build());
    }
    return Lead.builder().from(english)
        .company(Company.builder().from(company).industry("voedingsindustrie").build())
        .context("Vroeg een offerte aan voor hygiënische transportbanden")
        .situation(Situation.builder().from(situation)
            .summary("Ze hebben zes transportbanden van een concurrent. Gemiddeld 12 jaar oud.")
            .installedBase(List.of(InstalledBaseItem.builder().from(situation.installedBase().get(0))
                .name("transportband").supplier("een concurrent").build()))
            .build())
        .problems(List.of(Problem.builder().from(problem)
            .statement("Twee banden zijn dit jaar al drie keer stilgevallen.").build()))
        .triggers(List.of(UrgencyTrigger.builder().from(trigger)
            .description("Audit in september")
            .consequence("Als de banden dan niet voldoen aan hygiëne-eisen, raken ze een grote retailklant kwijt.")
            .build()))
        .decisionProcess(DecisionProcess.builder().from(decision).stakeholders(stakeholders).build())
        .build();
  }

  /** {@code contract-ends-2029.json}: NOT_YET, beyond the horizon, revisit on 2028-01-31. */
  static Lead contractEnds2029() {
    return WorkedExamples.contractEnds2029();
  }

  /** {@code just-looking.json}: NOT_YET with three unmet criteria and a demo request. */
  static Lead justLooking() {
    return WorkedExamples.justLooking();
  }

  /** {@code three-years-looking.json}: unsupported urgency, single-threaded. */
  static Lead threeYearsLooking() {
    return WorkedExamples.threeYearsLooking();
  }

  /** {@code wrong-fit.json}: DISQUALIFIED, the only problem is not addressable. */
  static Lead wrongFit() {
    return WorkedExamples.wrongFit();
  }
}
