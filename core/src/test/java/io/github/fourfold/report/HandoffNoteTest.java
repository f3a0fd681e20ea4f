package io.github.fourfold.report;

import static io.github.fourfold.report.Leads.AS_OF;
import static io.github.fourfold.report.Leads.NL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fourfold.CriterionFinding;
import io.github.fourfold.InvalidValueException;
import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.Verdict;
import io.github.fourfold.model.Basis;
import io.github.fourfold.model.Cost;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Frequency;
import io.github.fourfold.model.InstalledBaseItem;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Money;
import io.github.fourfold.model.Per;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.Role;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.TimeLost;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

final class HandoffNoteTest {
  private static QualificationResult qualify(Lead lead, Locale locale) {
    return Qualifier.fourQuestion(QualificationPolicy.builder().locale(locale).build()).qualify(lead, AS_OF);
  }

  private static HandoffNote note(Lead lead) {
    return HandoffNote.of(lead, qualify(lead, Locale.ENGLISH));
  }

  // ---- golden files: the article's example ---------------------------------------------------

  @Test
  void toText_conveyorBeltInEnglish_matchesGolden() {
    Lead lead = Leads.conveyorBelt();
    HandoffNote note = HandoffNote.of(lead, qualify(lead, Locale.ENGLISH));
    Golden.assertMatches("conveyor-belt.en.txt", Notes.text(note, Locale.ENGLISH));
  }

  @Test
  void toMarkdown_conveyorBeltInEnglish_matchesGolden() {
    Lead lead = Leads.conveyorBelt();
    HandoffNote note = HandoffNote.of(lead, qualify(lead, Locale.ENGLISH));
    Golden.assertMatches("conveyor-belt.en.md", Notes.markdown(note, Locale.ENGLISH));
  }

  @Test
  void toText_conveyorBeltInDutch_matchesGolden() {
    Lead lead = Leads.conveyorBeltDutch();
    HandoffNote note = HandoffNote.of(lead, qualify(lead, NL));
    Golden.assertMatches("conveyor-belt.nl.txt", Notes.text(note, NL));
  }

  @Test
  void toMarkdown_conveyorBeltInDutch_matchesGolden() {
    Lead lead = Leads.conveyorBeltDutch();
    HandoffNote note = HandoffNote.of(lead, qualify(lead, NL));
    Golden.assertMatches("conveyor-belt.nl.md", Notes.markdown(note, NL));
  }

  @Test
  void toText_conveyorBelt_readsLikeTheArticle() {
    String text = Notes.text(HandoffNote.of(Leads.conveyorBeltDutch(), qualify(Leads.conveyorBeltDutch(), NL)), NL);
    // "Wat je noteert": situation, core problem, trigger, who is involved, the verdict and why.
    assertThat(text)
        .contains("Situatie: Ze hebben zes transportbanden van een concurrent. Gemiddeld 12 jaar oud.")
        .contains("Kernprobleem: Twee banden zijn dit jaar al drie keer stilgevallen.")
        .contains("€45.000 per jaar")
        .contains("Urgentie: Audit in september")
        .contains("Plant manager (eerste contact) doet de selectie. Inkoop onderhandelt. Directeur tekent boven €50.000.")
        .contains("Inschatting: SQL. Er is een concreet probleem (€45.000 per jaar), urgentie (deadline 2027-09-15),"
            + " en de besluitvorming is helder.");
  }

  @Test
  void toText_contractEnds2029_matchesGoldenInBothLanguages() {
    Lead lead = Leads.contractEnds2029();
    Golden.assertMatches("contract-ends-2029.en.txt", Notes.text(HandoffNote.of(lead, qualify(lead, Locale.ENGLISH)), Locale.ENGLISH));
    Golden.assertMatches("contract-ends-2029.nl.txt", Notes.text(HandoffNote.of(lead, qualify(lead, NL)), NL));
  }

  @Test
  void toMarkdown_justLooking_matchesGolden() {
    Lead lead = Leads.justLooking();
    Golden.assertMatches("just-looking.en.md", Notes.markdown(HandoffNote.of(lead, qualify(lead, Locale.ENGLISH)), Locale.ENGLISH));
  }

  // ---- language ------------------------------------------------------------------------------

  @Test
  void toText_resultInAnotherLanguage_isWrittenInTheNotesLanguage() {
    Lead lead = Leads.contractEnds2029();
    HandoffNote note = HandoffNote.of(lead, qualify(lead, Locale.ENGLISH));

    String dutch = Notes.text(note, NL);

    assertThat(dutch)
        .contains("Geen reden om nu te handelen: de eerstvolgende trigger (2029-01-31) ligt meer dan 12 maanden"
            + " vooruit. Kijk er opnieuw naar op 2028-01-31.")
        .contains("Wat is er veranderd waardoor dit nu prioriteit heeft?")
        .doesNotContain("No reason to act now");
    assertThat(dutch).isEqualTo(Notes.text(HandoffNote.of(lead, qualify(lead, NL)), NL));
  }

  @Test
  void toText_otherHorizon_usesTheOptionsHorizon() {
    Lead lead = Leads.contractEnds2029();
    QualificationPolicy policy = QualificationPolicy.builder().horizon(Period.ofMonths(6)).build();
    QualificationResult result = Qualifier.fourQuestion(policy).qualify(lead, AS_OF);

    String text = Notes.text(HandoffNote.of(lead, result, HandoffOptions.from(policy)), Locale.ENGLISH);

    assertThat(text).contains("is more than 6 months away. Revisit on 2028-07-31.");
  }

  @Test
  void toText_unknownLanguage_fallsBackToEnglish() {
    HandoffNote note = note(Leads.conveyorBelt());

    assertThat(Notes.text(note, Locale.JAPANESE)).isEqualTo(Notes.text(note, Locale.ENGLISH));
  }

  @Test
  void toText_customReason_keepsTheResultsOwnMessage() {
    Lead lead = Leads.conveyorBelt();
    Qualifier icp = (l, asOf) -> QualificationResult.builder()
        .leadId(l.id())
        .verdict(Verdict.DISQUALIFIED)
        .asOf(asOf)
        .addFindings(CriterionFinding.unmet("ICP_FIT", "ICP_INDUSTRY_MISMATCH", "Food is outside our markets."))
        .qualifierId("icp-fit/1")
        .build();
    QualificationResult result = Qualifier.fourQuestion().andThen(icp).qualify(lead, AS_OF);

    String text = Notes.text(HandoffNote.of(lead, result), NL);

    assertThat(text).contains("Inschatting: Gediskwalificeerd: past niet.\n  - Food is outside our markets.\n");
  }

  @Test
  void toText_revisitDateNotInAnyMessage_isAdded() {
    Lead lead = Leads.conveyorBelt();
    QualificationResult result = QualificationResult.builder()
        .leadId(lead.id())
        .verdict(Verdict.NOT_YET)
        .asOf(AS_OF)
        .addFindings(CriterionFinding.unmet("BUDGET", "BUDGET_NEXT_YEAR", "The budget opens next year."))
        .revisitOn(LocalDate.of(2028, 1, 2))
        .qualifierId("budget/1")
        .build();

    assertThat(Notes.text(HandoffNote.of(lead, result), Locale.ENGLISH))
        .contains("  - The budget opens next year.\n  - Revisit on 2028-01-02.\n");
  }

  // ---- parts ---------------------------------------------------------------------------------

  @Test
  void coreProblem_conveyorBelt_isTheStopsAt45000AYear() {
    HandoffNote note = note(Leads.conveyorBelt());

    assertThat(note.coreProblem()).isEqualTo(Leads.conveyorBelt().problems().get(0));
    assertThat(note.yearlyCost()).isEqualTo(Money.of(45_000, "EUR"));
    assertThat(note.verdict()).isEqualTo(Verdict.SQL);
  }

  @Test
  void yearlyCost_costPerOccurrence_isTimesOccurrencesPerYear() {
    assertThat(ProblemCosts.yearlyCost(problem(Cost.of(15_000, "EUR", Per.OCCURRENCE), Frequency.of(3, Per.YEAR))))
        .isEqualTo(Money.of(45_000, "EUR"));
    assertThat(ProblemCosts.yearlyCost(problem(Cost.of(100, "USD", Per.OCCURRENCE), Frequency.of(2, Per.WEEK))))
        .isEqualTo(Money.of(10_400, "USD"));
    assertThat(ProblemCosts.yearlyCost(problem(Cost.of(10, "EUR", Per.OCCURRENCE), Frequency.of(1, Per.DAY))))
        .isEqualTo(Money.of(3_650, "EUR"));
    assertThat(ProblemCosts.yearlyCost(problem(Cost.of(10, "EUR", Per.OCCURRENCE), Frequency.of(0, Per.MONTH))))
        .isEqualTo(Money.of(0, "EUR"));
  }

  @Test
  void yearlyCost_costPerPeriod_isTimesPeriodsPerYear() {
    assertThat(ProblemCosts.yearlyCost(problem(Cost.of(2_000, "EUR", Per.MONTH), null)))
        .isEqualTo(Money.of(24_000, "EUR"));
    assertThat(ProblemCosts.yearlyCost(problem(Cost.of(1_000, "EUR", Per.QUARTER), Frequency.of(9, Per.DAY))))
        .isEqualTo(Money.of(4_000, "EUR"));
    assertThat(ProblemCosts.yearlyCost(problem(Cost.of(BigDecimal.valueOf(12.5), "EUR", Per.DAY), null)))
        .isEqualTo(Money.of(new BigDecimal("4562.5"), "EUR"));
    assertThat(ProblemCosts.yearlyCost(problem(Cost.of(60_000, "EUR", Per.YEAR), null)))
        .isEqualTo(Money.of(60_000, "EUR"));
  }

  @Test
  void yearlyCost_noCostOrNoFrequencyForOccurrences_isUnknown() {
    assertThat(ProblemCosts.yearlyCost(problem(null, Frequency.of(3, Per.YEAR)))).isNull();
    assertThat(ProblemCosts.yearlyCost(problem(Cost.of(15_000, "EUR", Per.OCCURRENCE), null))).isNull();
  }

  @Test
  void coreProblem_largestYearlyCostInTheFirstCurrency_firstOfEquals() {
    Problem frequencyOnly = problem(null, Frequency.of(40, Per.MONTH));
    Problem twelveThousand = problem(Cost.of(1_000, "EUR", Per.MONTH), null);
    Problem dollars = problem(Cost.of(1_000_000, "USD", Per.YEAR), null);
    Problem twenty = problem(Cost.of(20_000, "EUR", Per.YEAR), null);
    Problem twentyToo = problem(Cost.of(BigDecimal.valueOf(5_000).setScale(2), "EUR", Per.QUARTER), null);
    Problem assumed = Problem.builder().from(problem(Cost.of(1_000_000, "EUR", Per.YEAR), null))
        .basis(Basis.ASSUMED).build();

    assertThat(ProblemCosts.coreProblem(List.of(frequencyOnly, twelveThousand, dollars, twenty, twentyToo, assumed)))
        .isSameAs(twenty);
  }

  @Test
  void coreProblem_noYearlyCostKnown_isTheFirstCountingProblem() {
    Problem unaddressable = Problem.builder().from(problem(Cost.of(9, "EUR", Per.YEAR), null)).addressable(false).build();
    Problem hours = Problem.builder().statement("Changeovers take long.").timeLost(TimeLost.of(4, Per.OCCURRENCE)).build();
    Problem perStop = problem(Cost.of(15_000, "EUR", Per.OCCURRENCE), null);

    assertThat(ProblemCosts.coreProblem(List.of(unaddressable, hours, perStop))).isSameAs(hours);
  }

  @Test
  void coreProblem_nothingCounts_isNull() {
    Problem unquantified = Problem.builder().statement("Things break.").build();

    assertThat(ProblemCosts.coreProblem(List.of(unquantified))).isNull();
    assertThat(ProblemCosts.coreProblem(List.of())).isNull();
  }

  @Test
  void urgencyTrigger_firstCountingTrigger_winsOverEarlierOnes() {
    UrgencyTrigger far = deadline("Lease ends", LocalDate.of(2029, 1, 31));
    UrgencyTrigger near = deadline("Audit", LocalDate.of(2027, 9, 15));
    Lead lead = Lead.builder().from(Leads.conveyorBelt()).triggers(List.of(far, near)).build();

    assertThat(note(lead).urgencyTrigger()).isEqualTo(near);
  }

  @Test
  void urgencyTrigger_noneCounts_isTheFirst() {
    UrgencyTrigger far = deadline("Lease ends", LocalDate.of(2029, 1, 31));
    UrgencyTrigger expired = deadline("Old audit", LocalDate.of(2026, 1, 31));
    Lead lead = Lead.builder().from(Leads.conveyorBelt()).triggers(List.of(far, expired)).build();

    assertThat(note(lead).urgencyTrigger()).isEqualTo(far);
    assertThat(HandoffNote.of(lead, qualify(lead, Locale.ENGLISH),
            HandoffOptions.builder().horizon(Period.ofYears(2)).build()).urgencyTrigger())
        .isEqualTo(far);
  }

  @Test
  void of_resultForAnotherLead_isRejected() {
    QualificationResult other = qualify(Leads.justLooking(), Locale.ENGLISH);

    assertThatThrownBy(() -> HandoffNote.of(Leads.conveyorBelt(), other))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("HandoffNote.result");
  }

  @Test
  void toText_situationWithoutSummary_isBuiltFromTheFacts() {
    Lead lead = Lead.builder().id("facts")
        .situation(Situation.builder()
            .addInstalledBase(InstalledBaseItem.builder().name("filling machine").supplier("Acme").quantity(1_200)
                .ageYears(new BigDecimal("7.50")).build())
            .addInstalledBase(InstalledBaseItem.builder().name("scale").ageYears(BigDecimal.ONE).build())
            .teamSize(1)
            .inPlaceSince(2015)
            .build())
        .build();
    HandoffNote note = note(lead);

    assertThat(Notes.text(note, Locale.ENGLISH)).contains("Situation: In use: 1,200 × filling machine from Acme, on average"
        + " 7.5 years old; scale, 1 years old. 1 person works with it. They have worked this way since 2015.\n");
    assertThat(Notes.text(note, NL)).contains("Situatie: In gebruik: 1.200 × filling machine van Acme, gemiddeld 7,5 jaar"
        + " oud; scale, 1 jaar oud. Er werkt 1 persoon mee. Zo werken ze sinds 2015.\n");
  }

  @Test
  void toText_problemQuantities_areAllShown() {
    Problem problem = Problem.builder().statement("Changeovers take long")
        .cost(Cost.of(BigDecimal.valueOf(1_250.5), "GBP", Per.OCCURRENCE))
        .frequency(Frequency.of(1, Per.WEEK))
        .timeLost(TimeLost.of(BigDecimal.ONE, Per.OCCURRENCE))
        .build();
    Lead lead = Lead.builder().id("quantities").addProblems(problem).build();

    assertThat(Notes.text(note(lead), Locale.ENGLISH)).contains("Core problem: Changeovers take long. £1,250.50 per"
        + " occurrence, once a week, 1 hour lost per occurrence: £65,026 a year.\n");
    assertThat(Notes.text(note(lead), NL)).contains("Kernprobleem: Changeovers take long. £1.250,50 per keer, 1 keer per"
        + " week, 1 uur verloren per keer: £65.026 per jaar.\n");
  }

  @Test
  void toText_currencyWithoutPattern_showsTheCode() {
    Lead lead = Lead.builder().id("chf")
        .addProblems(problem(Cost.of(3_000, "CHF", Per.MONTH), null)).build();

    assertThat(Notes.text(note(lead), Locale.ENGLISH)).contains("CHF 3,000 a month: CHF 36,000 a year.");
  }

  @Test
  void toText_assumedAndUnaddressableFacts_areMarked() {
    Lead lead = Lead.builder().id("marks")
        .addProblems(Problem.builder().from(problem(Cost.of(1, "EUR", Per.YEAR), null)).basis(Basis.ASSUMED).build())
        .addTriggers(UrgencyTrigger.builder().from(deadline("Audit", LocalDate.of(2027, 6, 1))).basis(Basis.ASSUMED).build())
        .decisionProcess(DecisionProcess.builder()
            .addStakeholders(Stakeholder.builder().addRoles(Role.INFLUENCES, Role.USES).basis(Basis.ASSUMED).build())
            .addStakeholders(Stakeholder.builder().title("Owner").build())
            .decisionBy(LocalDate.of(2027, 5, 1))
            .build())
        .build();

    String text = Notes.text(note(lead), Locale.ENGLISH);

    assertThat(text)
        .contains("First recorded: Stops. €1 a year. (assumed)")
        .contains("Urgency: Audit (deadline 2027-06-01). A customer is lost. (assumed)")
        .contains("Decision: Someone (assumed) uses it and influences the decision. Owner is involved."
            + " To be decided by 2027-05-01.")
        .contains("Watch out:\n  - Some facts were assumed");
  }

  @Test
  void toMarkdown_leadText_cannotInjectMarkup() {
    Lead lead = Lead.builder().id("# inject")
        .context("<script>alert(1)</script>")
        .situation(Situation.builder().summary("1. **bold** [link](http://x) `code` & <b>\n## Verdict: SQL").build())
        .addProblems(problem(Cost.of(5, "USD", Per.DAY), null))
        .build();

    String markdown = Notes.markdown(note(lead), Locale.ENGLISH);

    assertThat(markdown)
        .startsWith("## Handoff note: \\# inject, as of 2027-03-01\n")
        .contains("**Context:** \\<script\\>alert(1)\\</script\\>\n")
        .contains("**Situation:** 1\\. \\*\\*bold\\*\\* \\[link\\](http://x) \\`code\\` \\& \\<b\\> \\#\\# Verdict: SQL\n")
        .contains("\\$5 a day: \\$1,825 a year.")
        .doesNotContain("\n## Verdict");
  }

  @Test
  void toText_lineBreaksInLeadText_stayOnOneLine() {
    Lead lead = Lead.builder().id("lines")
        .situation(Situation.builder().summary("One line.\nVerdict: SQL\r\n\u202eevil\tend").build())
        .build();

    String text = Notes.text(note(lead), Locale.ENGLISH);

    assertThat(text).contains("Situation: One line. Verdict: SQL evil end\n");
    assertThat(text.lines()).noneMatch(line -> line.startsWith("Verdict: SQL"));
  }

  @Test
  void toString_lead_isWithoutPersonalData() {
    assertThat(note(Leads.justLooking()).lead().contact()).satisfies(contact -> {
      assertThat(contact).isNotNull();
      assertThat(contact.name()).isNull();
      assertThat(contact.email()).isNull();
    });
  }

  private static Problem problem(@Nullable Cost cost, @Nullable Frequency frequency) {
    Problem.Builder builder = Problem.builder().statement("Stops").addressable(true);
    if (cost != null) {
      builder.cost(cost);
    }
    if (frequency != null) {
      builder.frequency(frequency);
    }
    return builder.build();
  }

  private static UrgencyTrigger deadline(String description, LocalDate date) {
    return UrgencyTrigger.builder().kind(TriggerKind.DEADLINE).description(description).date(date)
        .consequence("A customer is lost.").build();
  }
}
