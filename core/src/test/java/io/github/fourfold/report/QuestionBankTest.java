package io.github.fourfold.report;

import static io.github.fourfold.report.Leads.AS_OF;
import static io.github.fourfold.report.Leads.NL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.Criterion;
import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.ReasonCode;
import io.github.fourfold.Verdict;
import io.github.fourfold.Warning;
import io.github.fourfold.WarningCode;
import io.github.fourfold.internal.text.Texts;
import io.github.fourfold.model.Basis;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.Role;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class QuestionBankTest {
  @Test
  void forCriterion_dutch_isTheArticlesExampleQuestionsWordForWord() {
    QuestionBank bank = QuestionBank.of(NL);

    assertThat(bank.forCriterion(Criterion.SITUATION)).containsExactly(
        "Welke apparatuur gebruiken jullie nu voor [proces]?",
        "Hoe oud is de huidige installatie?",
        "Hoeveel mensen werken hiermee?");
    assertThat(bank.forCriterion(Criterion.PROBLEM)).containsExactly(
        "Waar lopen jullie tegenaan met de huidige oplossing?",
        "Wat kost dit probleem jullie, in tijd of geld?",
        "Hoe vaak gebeurt dit?");
    assertThat(bank.forCriterion(Criterion.URGENCY)).containsExactly(
        "Wanneer moet dit opgelost zijn?",
        "Wat gebeurt er als dit niet voor [datum] geregeld is?",
        "Wat is er veranderd waardoor dit nu prioriteit heeft?");
    assertThat(bank.forCriterion(Criterion.DECISION)).containsExactly(
        "Wie is er nog meer betrokken bij dit besluit?",
        "Hoe worden dit soort investeringen bij jullie beoordeeld?",
        "Wat is het typische tijdpad voor een beslissing als deze?");
  }

  @Test
  void forCriterion_english_translatesTheArticlesQuestions() {
    QuestionBank bank = QuestionBank.of(Locale.ENGLISH);

    assertThat(bank.forCriterion(Criterion.SITUATION)).containsExactly(
        "What equipment do you use for [process] today?",
        "How old is the current installation?",
        "How many people work with it?");
    assertThat(bank.forCriterion(Criterion.PROBLEM)).containsExactly(
        "What do you run into with the current solution?",
        "What does this problem cost you, in time or money?",
        "How often does this happen?");
    assertThat(bank.forCriterion(Criterion.URGENCY)).containsExactly(
        "When does this need to be solved?",
        "What happens if this is not sorted out by [date]?",
        "What has changed that makes this a priority now?");
    assertThat(bank.forCriterion(Criterion.DECISION)).containsExactly(
        "Who else is involved in this decision?",
        "How are investments like this assessed at your company?",
        "What is the typical timeline for a decision like this?");
  }

  @Test
  void forWarning_singleThreaded_asksWhoElseIsInvolved() {
    assertThat(QuestionBank.of(Locale.ENGLISH).forWarning(WarningCode.SINGLE_THREADED))
        .containsExactly("Who else is involved in this decision?");
    assertThat(QuestionBank.of(NL).forWarning(WarningCode.SINGLE_THREADED))
        .containsExactly("Wie is er nog meer betrokken bij dit besluit?");
  }

  @Test
  void forReason_withOwnQuestions_usesThem() {
    assertThat(QuestionBank.of(Locale.ENGLISH).forReason(ReasonCode.PROBLEM_NOT_QUANTIFIED)).containsExactly(
        "What does this problem cost you, in time or money?", "How often does this happen?");
  }

  @Test
  void forReason_withoutOwnQuestions_usesTheCriterions() {
    QuestionBank bank = QuestionBank.of(NL);

    assertThat(bank.forReason(ReasonCode.URGENCY_UNKNOWN)).isEqualTo(bank.forCriterion(Criterion.URGENCY));
    assertThat(bank.forReason(ReasonCode.SITUATION_UNKNOWN)).isEqualTo(bank.forCriterion(Criterion.SITUATION));
  }

  @Test
  void forTopic_contextAndNextStep_openAndCloseTheCall() {
    assertThat(QuestionBank.of(Locale.ENGLISH).forTopic(CallTopic.CONTEXT))
        .containsExactly("Why are you getting in touch with us?");
    assertThat(QuestionBank.of(NL).forTopic(CallTopic.NEXT_STEP))
        .containsExactly("Gaan we door, en zo ja: wat is de volgende stap?");
    assertThat(QuestionBank.of(NL).forTopic(CallTopic.DECISION))
        .isEqualTo(QuestionBank.of(NL).forCriterion(Criterion.DECISION));
  }

  @Test
  void nextQuestions_defaultRule_areTheResultsOwnQuestions() {
    for (Locale locale : List.of(Locale.ENGLISH, NL)) {
      Qualifier rule = Qualifier.fourQuestion(QualificationPolicy.builder().locale(locale).build());
      QuestionBank bank = QuestionBank.of(locale);
      for (Lead lead : variants()) {
        QualificationResult result = rule.qualify(lead, AS_OF);
        assertThat(bank.nextQuestions(lead, result)).as("%s %s", locale, lead.id()).isEqualTo(result.nextQuestions());
      }
    }
  }

  @Test
  void variants_produceEveryReasonAndWarning() {
    Set<String> codes = new HashSet<>();
    for (Lead lead : variants()) {
      QualificationResult result = Qualifier.fourQuestion().qualify(lead, AS_OF);
      result.unmetFindings().forEach(f -> codes.add(f.reasonCode()));
      result.warnings().forEach(w -> codes.add(w.code()));
    }
    for (ReasonCode code : ReasonCode.values()) {
      assertThat(codes).contains(code.name());
    }
    for (WarningCode code : WarningCode.values()) {
      assertThat(codes).contains(code.name());
    }
  }

  @Test
  void nextQuestions_sqlWithoutWarnings_isEmpty() {
    QualificationResult result = Qualifier.fourQuestion().qualify(Leads.conveyorBelt(), AS_OF);

    assertThat(QuestionBank.of(NL).nextQuestions(result)).isEmpty();
  }

  @Test
  void nextQuestions_resultInEnglish_canBeAskedInDutch() {
    QualificationResult english = Qualifier.fourQuestion().qualify(Leads.threeYearsLooking(), AS_OF);

    assertThat(QuestionBank.of(NL).nextQuestions(english)).containsExactly(
        "Wanneer moet dit opgelost zijn?",
        "Wat gebeurt er als dit niet op tijd geregeld is?",
        "Wie is er nog meer betrokken bij dit besluit?");
  }

  @Test
  void nextQuestions_customCodes_haveNoQuestionsHere() {
    QualificationResult result = QualificationResult.builder()
        .leadId("x")
        .verdict(Verdict.NOT_YET)
        .asOf(AS_OF)
        .addFindings(CriterionFinding.unmet("BUDGET", "BUDGET_UNKNOWN", "No budget is known."))
        .addWarnings(Warning.of("BIG_DEAL", "A large deal."))
        .addNextQuestions("What is your budget?")
        .qualifierId("budget/1")
        .build();

    assertThat(QuestionBank.of(Locale.ENGLISH).nextQuestions(result)).isEmpty();
  }

  @Test
  void of_languageWithoutBundle_isEnglish() {
    QuestionBank german = QuestionBank.of(Locale.GERMAN);

    assertThat(german.locale()).isEqualTo(Locale.GERMAN);
    assertThat(german.forCriterion(Criterion.DECISION))
        .isEqualTo(QuestionBank.of(Locale.ENGLISH).forCriterion(Criterion.DECISION));
    assertThat(QuestionBank.of(Locale.forLanguageTag("nl-BE")).forCriterion(Criterion.DECISION))
        .isEqualTo(QuestionBank.of(NL).forCriterion(Criterion.DECISION));
  }

  @Test
  void of_vendorLanguageOnTheClassPath_isUsedWithEnglishForTheRest() {
    // src/test/resources/META-INF/fourfold/Messages_fy.properties adds Frisian.
    Locale frisian = Locale.forLanguageTag("fy");
    QuestionBank bank = QuestionBank.of(frisian);

    assertThat(bank.forCriterion(Criterion.SITUATION)).containsExactly(
        "Hokker apparatuer brûke jimme no foar [proses]?", "Hoe âld is de hjoeddeistige ynstallaasje?");
    assertThat(bank.forCriterion(Criterion.PROBLEM))
        .isEqualTo(QuestionBank.of(Locale.ENGLISH).forCriterion(Criterion.PROBLEM));
    CriterionFinding situation = Objects.requireNonNull(
        Qualifier.fourQuestion(QualificationPolicy.builder().locale(frisian).build())
            .qualify(Lead.builder().id("empty").build(), AS_OF).finding(Criterion.SITUATION));
    assertThat(situation.message()).isEqualTo("De hjoeddeistige situaasje is net bekend.");
  }

  @Test
  void texts_vendorFileForTheSameLanguage_replacesWordingItemByItem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("META-INF/fourfold/Messages_nl.properties");
    Files.createDirectories(file.getParent());
    Files.writeString(file, """
        questions.DECISION.2=Hoe beoordelen jullie een investering als deze?
        questions.SITUATION.3=
        warning.SINGLE_THREADED=Praat ook met de beslisser.
        reason.PROBLEM_UNKNOWN=
        """, StandardCharsets.UTF_8);
    try (URLClassLoader vendor = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      Texts texts = Texts.of(NL, vendor);

      assertThat(texts.list("questions.DECISION")).containsExactly(
          "Wie is er nog meer betrokken bij dit besluit?",
          "Hoe beoordelen jullie een investering als deze?",
          "Wat is het typische tijdpad voor een beslissing als deze?");
      assertThat(texts.list("questions.SITUATION")).containsExactly(
          "Welke apparatuur gebruiken jullie nu voor [proces]?", "Hoe oud is de huidige installatie?");
      assertThat(texts.get("warning.SINGLE_THREADED")).isEqualTo("Praat ook met de beslisser.");
      assertThat(texts.get("warning.ASSUMPTION")).startsWith("Sommige feiten zijn aangenomen");
      assertThat(texts.get("reason.PROBLEM_UNKNOWN")).startsWith("Er is geen probleem bekend");
    }
  }

  /** The spec's examples plus leads that produce every reason and warning. */
  static List<Lead> variants() {
    List<Lead> leads = new ArrayList<>(List.of(
        Leads.conveyorBelt(), Leads.contractEnds2029(), Leads.justLooking(), Leads.threeYearsLooking(),
        Leads.wrongFit(), Lead.builder().id("empty").build()));
    Lead belt = Leads.conveyorBelt();
    UrgencyTrigger audit = belt.triggers().get(0);
    leads.add(Lead.builder().from(belt).id("assumed-trigger")
        .triggers(List.of(UrgencyTrigger.builder().from(audit).basis(Basis.ASSUMED).build())).build());
    leads.add(Lead.builder().from(belt).id("expired")
        .triggers(List.of(UrgencyTrigger.builder().from(audit).date(LocalDate.of(2026, 1, 1)).build())).build());
    leads.add(Lead.builder().from(belt).id("bare-deadline")
        .triggers(List.of(UrgencyTrigger.builder().from(audit).consequence(null).build())).build());
    leads.add(Lead.builder().from(belt).id("demo").demoRequested(true)
        .triggers(List.of(UrgencyTrigger.builder().from(audit).date(LocalDate.of(2026, 1, 1)).build())).build());
    List<Stakeholder> people = Objects.requireNonNull(belt.decisionProcess()).stakeholders();
    leads.add(Lead.builder().from(belt).id("no-approver")
        .decisionProcess(DecisionProcess.builder().addStakeholders(people.get(0)).build()).build());
    leads.add(Lead.builder().from(belt).id("process-unknown")
        .decisionProcess(DecisionProcess.builder().addStakeholders(people.get(0))
            .addStakeholders(Stakeholder.builder().title("Director").addRoles(Role.APPROVES).build()).build())
        .build());
    Problem stops = belt.problems().get(0);
    leads.add(Lead.builder().from(belt).id("not-quantified")
        .problems(List.of(Problem.builder().statement("Belts stop.").build())).build());
    leads.add(Lead.builder().from(belt).id("assumed-problem")
        .problems(List.of(Problem.builder().from(stops).basis(Basis.ASSUMED).build())).build());
    leads.add(Lead.builder().from(belt).id("stale")
        .triggers(List.of(UrgencyTrigger.builder().kind(TriggerKind.EVENT).description("Breakdown")
            .date(LocalDate.of(2025, 1, 1)).build())).build());
    return leads;
  }
}
