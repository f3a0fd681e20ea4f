package io.github.fourfold.jackson;

import io.github.fourfold.json.JsonErrorCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fourfold.model.Basis;
import io.github.fourfold.model.Contact;
import io.github.fourfold.model.Cost;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Per;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.Role;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.TimeLost;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How values are written: omission of absent values and defaults, decimals, text, enums. */
final class WriteFormatTest extends ModuleTestBase {

  @Test
  void writeLead_onlyId_writesOnlyId() {
    assertThat(JSON.writeLead(Lead.builder().id("L-1").build())).isEqualTo(json("{'id':'L-1'}"));
  }

  @Test
  void writeLead_defaults_areOmitted() {
    Lead lead =
        Lead.builder()
            .id("L-1")
            .demoRequested(false)
            .addProblems(
                Problem.builder()
                    .statement("x")
                    .basis(Basis.STATED)
                    .cost(Cost.of(1, "EUR", Per.OCCURRENCE))
                    .timeLost(TimeLost.of(2, Per.OCCURRENCE))
                    .build())
            .decisionProcess(
                DecisionProcess.builder()
                    .addStakeholders(
                        Stakeholder.builder().firstContact(false).basis(Basis.STATED).build())
                    .build())
            .build();

    assertThat(JSON.writeLead(lead))
        .isEqualTo(json("{'id':'L-1','problems':[{'statement':'x','cost':{'amount':1,"
            + "'currency':'EUR'},'timeLost':{'hours':2}}],'decisionProcess':{'stakeholders':[{}]}}"));
  }

  @Test
  void writeLead_nonDefaults_areWrittenInTableOrder() {
    Lead lead =
        Lead.builder()
            .id("L-1")
            .demoRequested(true)
            .addProblems(
                Problem.builder()
                    .statement("x")
                    .basis(Basis.ASSUMED)
                    .addressable(false)
                    .timeLost(TimeLost.of(2, Per.WEEK))
                    .build())
            .addTriggers(
                UrgencyTrigger.builder()
                    .kind(TriggerKind.EVENT)
                    .description("d")
                    .basis(Basis.ASSUMED)
                    .build())
            .decisionProcess(
                DecisionProcess.builder()
                    .timeline("t")
                    .addStakeholders(
                        Stakeholder.builder()
                            .basis(Basis.ASSUMED)
                            .firstContact(true)
                            .addRoles(Role.INFLUENCES, Role.SELECTS)
                            .name("Sam")
                            .build())
                    .build())
            .putAttributes("b", "2")
            .putAttributes("a", "1")
            .build();

    assertThat(JSON.writeLead(lead))
        .isEqualTo(json("{'id':'L-1','demoRequested':true,'problems':[{'statement':'x',"
            + "'timeLost':{'hours':2,'per':'WEEK'},'addressable':false,'basis':'ASSUMED'}],"
            + "'triggers':[{'kind':'EVENT','description':'d','basis':'ASSUMED'}],"
            + "'decisionProcess':{'stakeholders':[{'name':'Sam','roles':['SELECTS','INFLUENCES'],"
            + "'firstContact':true,'basis':'ASSUMED'}],'timeline':'t'},"
            + "'attributes':{'a':'1','b':'2'}}"));
  }

  @ParameterizedTest
  @CsvSource({
    "15000, 15000",
    "15000.00, 15000.00",
    "0.05, 0.05",
    "0.00000001, 0.00000001",
    "1E+3, 1E+3",
    "1.5E+4, 1.5E+4",
    "1E+100, 1E+100",
    "1E-70, 1E-70",
    "0E-70, 0E-70",
    "12345678901234567890.5, 12345678901234567890.5",
  })
  void writeLead_amount_isWrittenExactlyAndBounded(String amount, String written)
      throws Exception {
    Lead lead =
        Lead.builder()
            .id("L-1")
            .addProblems(
                Problem.builder()
                    .statement("x")
                    .cost(Cost.of(new BigDecimal(amount), "EUR", Per.OCCURRENCE))
                    .build())
            .build();

    String json = JSON.writeLead(lead);

    assertThat(json).contains("'amount':".replace('\'', '"') + written + ",");
    assertThat(JSON.readLead(json)).isEqualTo(lead);
  }

  @Test
  void writeLead_text_isEscapedAsJsonRequiresAndUtf8Otherwise() throws Exception {
    Lead lead = Lead.builder().id("\"L\\1\"\n\u0001é\u2028\uD83D\uDE00</script>").build();

    String json = JSON.writeLead(lead);

    assertThat(json)
        .isEqualTo("{\"id\":\"\\\"L\\\\1\\\"\\n\\u0001é\u2028\uD83D\uDE00</script>\"}");
    assertThat(JSON.readLead(json)).isEqualTo(lead);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeLead(lead, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json);
  }

  @Test
  void writeLead_unpairedSurrogate_isRefusedWithoutQuotingIt() {
    Lead lead =
        Lead.builder().id("L-1").contact(Contact.builder().name("Sam\uD800Zq9").build()).build();

    assertThatThrownBy(() -> JSON.writeLead(lead))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'name'")
        .hasMessageNotContaining("Zq9");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> JSON.writeLead(lead, out)).isInstanceOf(IllegalArgumentException.class);
    assertThat(out.size()).isZero();
  }

  @Test
  void writeLead_unpairedSurrogateInAttributeKey_isRefusedWithoutNamingTheKey() {
    Lead lead = Lead.builder().id("L-1").putAttributes("Zq9\uDC00", "v").build();

    assertThatThrownBy(() -> JSON.writeLead(lead))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'attributes'")
        .hasMessageNotContaining("Zq9");
  }

  @Test
  void writeLead_outputStream_isNotClosed() throws Exception {
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            throw new AssertionError("closed");
          }
        };

    JSON.writeLead(Lead.builder().id("L-1").build(), out);
    JSON.writeResult(Examples.result("conveyor-belt"), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(json("{'id':'L-1'}{'leadId'"));
  }

  @Test
  void mapper_enums_areWrittenByNameAndReadExactly() throws Exception {
    assertThat(mapperWithModule().writeValueAsString(Role.APPROVES)).isEqualTo("\"APPROVES\"");
    assertThat(mapperWithModule().readValue("\"OCCURRENCE\"", Per.class)).isEqualTo(Per.OCCURRENCE);
    assertThatThrownBy(() -> mapperWithModule().readValue("\"occurrence\"", Per.class))
        .isInstanceOfSatisfying(FourfoldJsonException.class,
            e -> assertThat(e.code()).isEqualTo(JsonErrorCode.INVALID_VALUE));
  }
}
