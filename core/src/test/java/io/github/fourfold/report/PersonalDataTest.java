package io.github.fourfold.report;

import static io.github.fourfold.report.Leads.AS_OF;
import static io.github.fourfold.report.Leads.NL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.model.Contact;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Role;
import io.github.fourfold.model.Stakeholder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Messages, questions, notes and call plans never carry personal data: every personal field of
 * a lead is filled with a marker, and no output may contain one. Names appear only when asked.
 */
final class PersonalDataTest {
  private static final String CONTACT_NAME = "MARKER-CONTACT-NAME";
  private static final String EMAIL = "marker-email@example.invalid";
  private static final String PHONE = "+31-MARKER-PHONE";
  private static final String STAKEHOLDER_NAME = "MARKER-STAKEHOLDER-NAME";
  private static final String ATTRIBUTE = "MARKER-ATTRIBUTE";
  private static final List<String> ALL = List.of(CONTACT_NAME, EMAIL, PHONE, STAKEHOLDER_NAME, ATTRIBUTE);

  /** A lead with every personal field filled with a marker. */
  static Lead withPersonalData(Lead lead) {
    Lead.Builder copy = Lead.builder().from(lead)
        .contact(Contact.builder().name(CONTACT_NAME).email(EMAIL).phone(PHONE).title("Plant manager").build())
        .putAttributes("crm.owner", ATTRIBUTE)
        .putAttributes(ATTRIBUTE, "value");
    DecisionProcess process = lead.decisionProcess();
    List<Stakeholder> people = new ArrayList<>();
    if (process != null) {
      for (Stakeholder s : process.stakeholders()) {
        people.add(Stakeholder.builder().from(s).name(STAKEHOLDER_NAME).build());
      }
    }
    people.add(Stakeholder.builder().name(STAKEHOLDER_NAME).title("Controller").addRoles(Role.INFLUENCES).build());
    DecisionProcess.Builder newProcess = DecisionProcess.builder();
    if (process != null) {
      newProcess.from(process);
    }
    return copy.decisionProcess(newProcess.stakeholders(people).build()).build();
  }

  @Test
  void everyOutput_byDefault_hasNoPersonalData() {
    int outputs = 0;
    for (Locale locale : List.of(Locale.ENGLISH, NL)) {
      Qualifier rule = Qualifier.fourQuestion(QualificationPolicy.builder().locale(locale).build());
      for (Lead original : QuestionBankTest.variants()) {
        Lead lead = withPersonalData(original);
        QualificationResult result = rule.qualify(lead, AS_OF);
        HandoffNote note = HandoffNote.of(lead, result);
        List<String> outputsOfLead = new ArrayList<>();
        result.findings().forEach(f -> outputsOfLead.add(String.valueOf(f.message())));
        result.warnings().forEach(w -> outputsOfLead.add(w.message()));
        outputsOfLead.addAll(result.nextQuestions());
        outputsOfLead.add(result.toString());
        outputsOfLead.add(Notes.text(note, locale));
        outputsOfLead.add(Notes.markdown(note, locale));
        outputsOfLead.add(note.toString());
        outputsOfLead.add(note.lead().toString());
        outputsOfLead.add(CallPlan.followUp(result, locale).toText());
        outputsOfLead.add(CallPlan.followUp(result, locale).toMarkdown());
        for (String output : outputsOfLead) {
          assertThat(output).as("%s %s", locale, lead.id()).doesNotContain(ALL);
          outputs++;
        }
      }
    }
    assertThat(outputs).isGreaterThan(200);
  }

  @Test
  void lead_ofANote_keepsNoPersonalFields() {
    Lead lead = withPersonalData(Leads.conveyorBelt());

    Lead seen = HandoffNote.of(lead, Qualifier.fourQuestion().qualify(lead, AS_OF)).lead();

    assertThat(seen.attributes()).isEmpty();
    assertThat(seen.contact()).isEqualTo(Contact.builder().title("Plant manager").build());
    assertThat(Objects.requireNonNull(seen.decisionProcess()).stakeholders()).allSatisfy(s -> assertThat(s.name()).isNull());
  }

  @Test
  void toText_includeNames_namesThePeopleButNothingElsePersonal() {
    Lead lead = withPersonalData(Leads.conveyorBelt());
    QualificationResult result = Qualifier.fourQuestion().qualify(lead, AS_OF);

    HandoffNote note = HandoffNote.of(lead, result, HandoffOptions.builder().includeNames(true).build());
    String text = Notes.text(note, Locale.ENGLISH);

    assertThat(text).contains("Director (" + STAKEHOLDER_NAME + ") signs above €50,000.")
        .contains("Plant manager (" + STAKEHOLDER_NAME + ", first contact) makes the selection.")
        .doesNotContain(EMAIL, PHONE, ATTRIBUTE);
    assertThat(Notes.markdown(note, Locale.ENGLISH)).doesNotContain(EMAIL, PHONE, ATTRIBUTE);
    assertThat(note.lead().contact()).isEqualTo(Contact.builder().name(CONTACT_NAME).title("Plant manager").build());
  }

  @Test
  void verdict_personalData_doesNotChangeTheNoteBeyondNames() {
    Lead plain = Leads.conveyorBelt();
    Lead personal = withPersonalData(plain);
    // Only the added stakeholder (an influencer without a name in the plain lead) differs.
    Lead plainWithInfluencer = Lead.builder().from(plain)
        .decisionProcess(DecisionProcess.builder().from(Objects.requireNonNull(plain.decisionProcess()))
            .addStakeholders(Stakeholder.builder().title("Controller").addRoles(Role.INFLUENCES).build()).build())
        .build();

    String withData = Notes.text(HandoffNote.of(personal, Qualifier.fourQuestion().qualify(personal, AS_OF)), NL);
    String without = Notes.text(
        HandoffNote.of(plainWithInfluencer, Qualifier.fourQuestion().qualify(plainWithInfluencer, AS_OF)), NL);

    assertThat(withData).isEqualTo(without);
  }
}
