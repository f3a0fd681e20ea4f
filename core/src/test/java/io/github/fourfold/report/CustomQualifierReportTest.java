package io.github.fourfold.report;

import static io.github.fourfold.report.Leads.AS_OF;
import static io.github.fourfold.report.Leads.NL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.Verdict;
import io.github.fourfold.Warning;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 13.1: every report shows everything a custom qualifier says. */
final class CustomQualifierReportTest {
  /** Like a CRM vendor's budget check: unknown budget is NOT_YET, with its own question. */
  private static final Qualifier BUDGET = (lead, asOf) -> {
    String budget = lead.attributes().get("crm.budget");
    QualificationResult.Builder result = QualificationResult.builder()
        .leadId(lead.id()).asOf(asOf).qualifierId("budget-known/1");
    if (budget == null) {
      return result.verdict(Verdict.NOT_YET)
          .addFindings(CriterionFinding.unmet("BUDGET", "BUDGET_UNKNOWN", "No budget is known."))
          .addNextQuestions("Is there a budget for this?")
          .build();
    }
    return result.verdict(Verdict.SQL).addFindings(CriterionFinding.met("BUDGET")).build();
  };

  /** Like the ICP plug-in: a met criterion and a warning of its own. */
  private static final Qualifier ICP = (lead, asOf) -> QualificationResult.builder()
      .leadId(lead.id()).asOf(asOf).qualifierId("icp-fit/1").verdict(Verdict.SQL)
      .addFindings(CriterionFinding.met("ICP_FIT"))
      .addWarnings(Warning.of("ICP_SMALL_COMPANY", "The company is smaller than our usual customers."))
      .addNextQuestions("How many sites do you run?")
      .build();

  private static QualificationResult qualify(Lead lead, Locale locale) {
    Qualifier rule = Qualifier.fourQuestion(QualificationPolicy.builder().locale(locale).build());
    return Qualifier.allOf(rule, ICP, BUDGET).qualify(lead, AS_OF);
  }

  /** The conveyor belt lead without a budget: SQL by the four questions, NOT_YET by the budget. */
  private static Lead noBudget() {
    return Leads.conveyorBelt();
  }

  /** The just-looking lead with a deadline, so the date question gets the date. */
  private static Lead lookingWithDeadline() {
    return Lead.builder().from(Leads.justLooking())
        .addTriggers(UrgencyTrigger.builder().kind(TriggerKind.DEADLINE)
            .description("The old line is switched off").date(LocalDate.of(2027, 9, 15)).build())
        .build();
  }

  @Test
  void handoffNote_customCriteriaAndQuestions_matchGoldenInBothLanguagesAndFormats() {
    for (Locale locale : List.of(Locale.ENGLISH, NL)) {
      String tag = locale.getLanguage();
      HandoffNote note = HandoffNote.of(noBudget(), qualify(noBudget(), locale));
      Golden.assertMatches("budget-unknown." + tag + ".txt", Notes.text(note, locale));
      Golden.assertMatches("budget-unknown." + tag + ".md", Notes.markdown(note, locale));
    }
  }

  @Test
  void handoffNote_everyFindingReasonMessageAndQuestion_isShownInTheResultsOrder() {
    for (Locale locale : List.of(Locale.ENGLISH, NL)) {
      QualificationResult result = qualify(noBudget(), locale);
      String text = Notes.text(HandoffNote.of(noBudget(), result), locale);

      assertThat(result.nextQuestions()).isNotEmpty();
      for (String question : result.nextQuestions()) {
        assertThat(text).as(locale.toString()).contains("  - " + question + "\n");
      }
      assertThat(text).contains("ICP_FIT: ", "BUDGET: ", "(BUDGET_UNKNOWN)", "No budget is known.",
          "The company is smaller than our usual customers.");
      // Custom criteria after the four, in the result's order; then verdict, warnings, questions.
      assertThat(text.indexOf("ICP_FIT: ")).isGreaterThan(text.indexOf(locale == NL ? "Besluit" : "Decision"));
      assertThat(text.indexOf("BUDGET: ")).isGreaterThan(text.indexOf("ICP_FIT: "));
      assertThat(text.indexOf("Is there a budget for this?"))
          .isGreaterThan(text.indexOf("How many sites do you run?"));
    }
  }

  @Test
  void handoffNote_standardQuestionsOfAnotherLanguage_areTranslatedNotRepeated() {
    QualificationResult english = qualify(lookingWithDeadline(), Locale.ENGLISH);

    String dutch = Notes.text(HandoffNote.of(lookingWithDeadline(), english), NL);

    assertThat(dutch).contains("  - Wat gebeurt er als dit niet voor 2027-09-15 geregeld is?\n",
        "  - Is there a budget for this?\n");
    assertThat(dutch).doesNotContain("What happens", "[datum]", "[date]");
  }

  @Test
  void nextQuestions_deadlineKnown_fillTheDateAndOtherwiseHaveNoPlaceholder() {
    for (Locale locale : List.of(Locale.ENGLISH, NL)) {
      Qualifier rule = Qualifier.fourQuestion(QualificationPolicy.builder().locale(locale).build());
      List<String> dated = rule.qualify(lookingWithDeadline(), AS_OF).nextQuestions();
      List<String> undated = rule.qualify(Leads.justLooking(), AS_OF).nextQuestions();

      assertThat(String.join("\n", dated)).as("%s", locale).contains("2027-09-15").doesNotContain("[");
      assertThat(String.join("\n", undated)).as("%s", locale).doesNotContain("[");
    }
  }

  @Test
  void handoffNote_customQuestionThatTheBankAlsoHas_isStillAsked() {
    // The situation of this lead is known, so the rule does not ask the situation's questions;
    // the custom qualifier asks one of them itself.
    Qualifier asksForPeople = (lead, asOf) -> QualificationResult.builder()
        .leadId(lead.id()).asOf(asOf).qualifierId("people/1").verdict(Verdict.SQL)
        .addFindings(CriterionFinding.met("PEOPLE"))
        .addNextQuestions("How many people work with it?")
        .build();
    Lead lead = Leads.justLooking();
    QualificationResult result = Qualifier.fourQuestion().andThen(asksForPeople).qualify(lead, AS_OF);

    assertThat(HandoffNote.of(lead, result).toText())
        .contains("  - How many people work with it?\n")
        .containsOnlyOnce("How many people work with it?");
  }

  @Test
  void followUp_customUnmetCriterion_getsTimeAndItsQuestions() {
    for (Locale locale : List.of(Locale.ENGLISH, NL)) {
      CallPlan plan = CallPlan.followUp(qualify(noBudget(), locale), locale);

      CallStep other = plan.step(CallTopic.OTHER_CRITERIA);
      assertThat(other).as("%s", locale).isNotNull();
      assertThat(other.goal()).contains("BUDGET").doesNotContain("ICP_FIT");
      assertThat(other.questions()).containsExactly("How many sites do you run?", "Is there a budget for this?");
      assertThat(plan.minutes()).isBetween(CallPlan.MIN_MINUTES, CallPlan.MAX_MINUTES);
      Golden.assertMatches("budget-unknown.follow-up." + locale.getLanguage() + ".txt", plan.toText());
    }
  }
}
