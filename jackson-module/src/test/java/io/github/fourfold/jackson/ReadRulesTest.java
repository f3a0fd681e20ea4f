package io.github.fourfold.jackson;

import io.github.fourfold.json.JsonErrorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.model.Basis;
import io.github.fourfold.model.Cost;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Per;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.Role;
import io.github.fourfold.model.Stakeholder;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The format's reading rules for valid input: absent, null and empty; numbers; text; defaults. */
final class ReadRulesTest extends ModuleTestBase {

  @Test
  void readLead_onlyId_hasEverythingElseAbsentOrEmpty() throws Exception {
    Lead lead = JSON.readLead(json("{'id':'L-1'}"));

    assertThat(lead).isEqualTo(Lead.builder().id("L-1").build());
    assertThat(lead.problems()).isEmpty();
    assertThat(lead.attributes()).isEmpty();
    assertThat(lead.demoRequested()).isFalse();
  }

  @Test
  void readLead_nullProperties_meanAbsent() throws Exception {
    String nulls = json("{'id':'L-1','company':null,'contact':null,'context':null,'source':null,"
        + "'demoRequested':null,'situation':null,'problems':null,'triggers':null,"
        + "'decisionProcess':null,'attributes':null}");

    assertThat(JSON.readLead(nulls)).isEqualTo(Lead.builder().id("L-1").build());
  }

  @Test
  void readLead_emptyListsAndObjects_meanWhatTheirAbsentPropertiesMean() throws Exception {
    Lead lead = JSON.readLead(json("{'id':'L-1','problems':[],'triggers':[],'attributes':{},"
        + "'situation':{},'decisionProcess':{'stakeholders':[]},'company':{}}"));

    assertThat(lead.problems()).isEmpty();
    assertThat(lead.attributes()).isEmpty();
    assertThat(lead.situation()).isNotNull();
    assertThat(Objects.requireNonNull(lead.situation()).summary()).isNull();
    assertThat(Objects.requireNonNull(lead.decisionProcess()).stakeholders()).isEmpty();
  }

  @Test
  void readLead_defaults_applyWhenAbsent() throws Exception {
    Lead lead = JSON.readLead(json("{'id':'L-1','problems':[{'statement':'x',"
        + "'cost':{'amount':1,'currency':'EUR'},'timeLost':{'hours':2}}],"
        + "'triggers':[{'kind':'EVENT','description':'y'}],"
        + "'decisionProcess':{'stakeholders':[{}]}}"));

    Problem problem = lead.problems().get(0);
    assertThat(problem.basis()).isEqualTo(Basis.STATED);
    assertThat(problem.addressable()).isNull();
    assertThat(Objects.requireNonNull(problem.cost()).per()).isEqualTo(Per.OCCURRENCE);
    assertThat(Objects.requireNonNull(problem.timeLost()).per()).isEqualTo(Per.OCCURRENCE);
    assertThat(lead.triggers().get(0).basis()).isEqualTo(Basis.STATED);
    Stakeholder stakeholder = Objects.requireNonNull(lead.decisionProcess()).stakeholders().get(0);
    assertThat(stakeholder.firstContact()).isFalse();
    assertThat(stakeholder.basis()).isEqualTo(Basis.STATED);
  }

  @Test
  void readLead_sameNamesInSiblingAndNestedObjects_areNotDuplicates() throws Exception {
    String json = json("{'id':'L-1','crm':[{'a':1,'b':2},{'a':1,'b':{'a':1,'b':2}}],"
        + "'problems':[{'statement':'a','x':1,'y':2,'cost':{'amount':1,'currency':'EUR'}},"
        + "{'statement':'b','x':1,'y':2,'cost':{'amount':2,'currency':'EUR','x':{'x':1}}}],"
        + "'attributes':{'a':'1','b':'2','c':'3'},'x':{'attributes':{'a':'1'}}}");

    Lead lead = JSON.readLead(json);

    assertThat(lead.problems()).hasSize(2);
    assertThat(lead.attributes()).hasSize(3);
    assertThat(JSON.readLead(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(lead);
  }

  @Test
  void readLead_attributeWithNullValue_isAbsent() throws Exception {
    Lead lead = JSON.readLead(json("{'id':'L-1','attributes':{'tier':'A','owner':null,'':' '}}"));

    // Attributes are kept in key order.
    assertThat(lead.attributes()).containsExactly(
        java.util.Map.entry("", " "), java.util.Map.entry("tier", "A"));
  }

  @Test
  void readLead_repeatedRoles_meanTheSameAsOne() throws Exception {
    Lead lead = JSON.readLead(json("{'id':'L-1','decisionProcess':{'stakeholders':"
        + "[{'roles':['APPROVES','SELECTS','APPROVES']}]}}"));

    assertThat(Objects.requireNonNull(lead.decisionProcess()).stakeholders().get(0).roles())
        .containsExactlyInAnyOrder(Role.APPROVES, Role.SELECTS);
  }

  @Test
  void readLead_minusZero_readsAsZero() throws Exception {
    Lead lead = JSON.readLead(json("{'id':'L-1','company':{'employees':-0},"
        + "'problems':[{'statement':'x','cost':{'amount':-0,'currency':'EUR'},"
        + "'frequency':{'count':-0,'per':'DAY'},'timeLost':{'hours':-0.0}}]}"));

    assertThat(Objects.requireNonNull(lead.company()).employees()).isZero();
    Problem problem = lead.problems().get(0);
    assertThat(Objects.requireNonNull(problem.cost()).amount()).isEqualTo(BigDecimal.ZERO);
    assertThat(Objects.requireNonNull(problem.frequency()).count()).isZero();
    assertThat(Objects.requireNonNull(problem.timeLost()).hours().signum()).isZero();
  }

  @Test
  void readLead_amounts_areReadExactlyWithTheirScale() throws Exception {
    assertThat(amount("15000")).isEqualTo(new BigDecimal("15000"));
    assertThat(amount("15000.00")).isEqualTo(new BigDecimal("15000.00"));
    assertThat(amount("0.1")).isEqualTo(new BigDecimal("0.1"));
    assertThat(amount("1e3")).isEqualTo(new BigDecimal("1E+3"));
    assertThat(amount("1.5E-2")).isEqualTo(new BigDecimal("0.015"));
    assertThat(amount("12345678901234567890.123456789"))
        .isEqualTo(new BigDecimal("12345678901234567890.123456789"));
    assertThat(amount("1e100")).isEqualTo(new BigDecimal("1E+100"));
    assertThat(amount("1e-100")).isEqualTo(new BigDecimal("1E-100"));
  }

  @Test
  void readLead_amountsWithAnAbsurdExponent_areInvalidValues() {
    // The model's bound (a scale from -100 to 100): reports can always write the amount out.
    for (String literal : new String[] {"1e101", "1e-101", "1e999999999", "1E-400000000", "0e400000000"}) {
      assertLeadError(json("{'id':'L-1','problems':[{'statement':'x','cost':{'amount':" + literal
          + ",'currency':'EUR'}}]}"), JsonErrorCode.INVALID_VALUE, "/problems/0/cost/amount");
    }
    assertLeadError(json("{'id':'L-1','problems':[{'statement':'x','timeLost':{'hours':1e-999}}]}"),
        JsonErrorCode.INVALID_VALUE, "/problems/0/timeLost/hours");
    assertLeadError(json("{'id':'L-1','situation':{'installedBase':[{'name':'b','ageYears':1e999}]}}"),
        JsonErrorCode.INVALID_VALUE, "/situation/installedBase/0/ageYears");
    assertLeadError(json("{'id':'L-1','decisionProcess':{'stakeholders':[{'roles':['APPROVES'],"
        + "'approvesAbove':{'amount':1e999,'currency':'EUR'}}]}}"),
        JsonErrorCode.INVALID_VALUE, "/decisionProcess/stakeholders/0/approvesAbove/amount");
  }

  private static BigDecimal amount(String literal) throws FourfoldJsonException {
    Lead lead = JSON.readLead(json("{'id':'L-1','problems':[{'statement':'x','cost':{'amount':"
        + literal + ",'currency':'EUR'}}]}"));
    return Objects.requireNonNull(lead.problems().get(0).cost()).amount();
  }

  @Test
  void readLead_integerBounds_areInclusive() throws Exception {
    Lead lead = JSON.readLead(json("{'id':'L-1','company':{'employees':2147483647},"
        + "'situation':{'teamSize':0,'inPlaceSince':1000,'installedBase':[{'name':'b','quantity':1}]}}"));

    assertThat(Objects.requireNonNull(lead.company()).employees()).isEqualTo(Integer.MAX_VALUE);
    assertThat(Objects.requireNonNull(lead.situation()).inPlaceSince()).isEqualTo(1000);
    assertThat(JSON.readLead(json("{'id':'L-1','situation':{'inPlaceSince':9999}}")).situation())
        .isNotNull();
  }

  @Test
  void readLead_dates_coverYears0001To9999AndLeapDays() throws Exception {
    assertThat(triggerDate("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(triggerDate("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(triggerDate("2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
    assertLeadError(json("{'id':'L-1','triggers':[{'kind':'EVENT','description':'y',"
        + "'date':'2027-02-29'}]}"), JsonErrorCode.INVALID_VALUE, "/triggers/0/date");
  }

  private static LocalDate triggerDate(String date) throws FourfoldJsonException {
    return Objects.requireNonNull(JSON.readLead(json("{'id':'L-1','triggers':[{'kind':'EVENT',"
        + "'description':'y','date':'" + date + "'}]}")).triggers().get(0).date());
  }

  @Test
  void readLead_codes_acceptWhatJavaKnows() throws Exception {
    assertThat(JSON.readLead(json("{'id':'L-1','company':{'country':'XK'}}")).company())
        .isNotNull();
    assertThat(JSON.readLead(json("{'id':'L-1','company':{'country':'NL'}}")).company())
        .isNotNull();
    assertThat(amountCurrency("CHF")).isEqualTo("CHF");
    assertThat(amountCurrency("XAU")).isEqualTo("XAU");
  }

  private static String amountCurrency(String currency) throws FourfoldJsonException {
    Cost cost = JSON.readLead(json("{'id':'L-1','problems':[{'statement':'x','cost':{'amount':1,"
        + "'currency':'" + currency + "'}}]}")).problems().get(0).cost();
    return Objects.requireNonNull(cost).currency();
  }

  @Test
  void readLead_text_isKeptExactlyAfterUnescaping() throws Exception {
    Lead lead = JSON.readLead("{\"id\":\"  L\\u002F1\\t\\\"é\uD83D\uDE00\\ud83d\\ude00 \","
        + "\"context\":\"\"}");

    assertThat(lead.id()).isEqualTo("  L/1\t\"é\uD83D\uDE00\uD83D\uDE00 ");
    assertThat(lead.context()).isEmpty();
  }

  @Test
  void readLead_byteOrderMark_isIgnored() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] lead = json("{'id':'L-1'}").getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[bom.length + lead.length];
    System.arraycopy(bom, 0, input, 0, 3);
    System.arraycopy(lead, 0, input, 3, lead.length);

    assertThat(JSON.readLead(input).id()).isEqualTo("L-1");
    assertThat(JSON.readLead(new ByteArrayInputStream(input)).id()).isEqualTo("L-1");
    assertThat(JSON.readLead("\uFEFF" + json("{'id':'L-1'}")).id()).isEqualTo("L-1");
    assertThat(JSON.readLead(new StringReader("\uFEFF" + json("{'id':'L-1'}"))).id())
        .isEqualTo("L-1");
  }

  @Test
  void readLead_byteOrderMarkTwice_isMalformed() {
    assertLeadError("\uFEFF\uFEFF" + json("{'id':'L-1'}"), JsonErrorCode.MALFORMED_JSON, null);
  }

  @Test
  void readLead_whitespaceAroundTheLead_isAllowed() throws Exception {
    assertThat(JSON.readLead(" \r\n\t" + json("{ 'id' : 'L-1' }") + "\n\n").id())
        .isEqualTo("L-1");
  }

  @Test
  void readResult_minimalResult_isRead() throws Exception {
    QualificationResult result = STRICT.readResult(json("{'leadId':'L-1','verdict':'SQL',"
        + "'asOf':'2027-03-01','criteria':[{'criterion':'SITUATION','met':true}],"
        + "'qualifier':'x/1'}"));

    assertThat(result.isSql()).isTrue();
    assertThat(result.warnings()).isEmpty();
    assertThat(result.nextQuestions()).isEmpty();
  }

  @Test
  void readResult_inconsistentResults_areInvalidAtTheRightProperty() {
    String base = "{'leadId':'L-1','asOf':'2027-03-01','qualifier':'x/1',";
    assertResultError(json(base + "'verdict':'NOT_YET','criteria':[]}"),
        JsonErrorCode.INVALID_VALUE, "/criteria");
    assertResultError(json(base + "'verdict':'NOT_YET','criteria':[{'criterion':'A','met':true}]}"),
        JsonErrorCode.INVALID_VALUE, "/verdict");
    assertResultError(json(base + "'verdict':'SQL','revisitOn':'2027-06-01',"
        + "'criteria':[{'criterion':'A','met':true}]}"),
        JsonErrorCode.INVALID_VALUE, "/revisitOn");
    assertResultError(json(base + "'verdict':'NOT_YET','criteria':[{'criterion':'A','met':false,"
        + "'message':'m'}]}"),
        JsonErrorCode.MISSING_REQUIRED, "/criteria/0/reason");
    assertResultError(json(base + "'verdict':'SQL','criteria':[{'criterion':'A','met':true,"
        + "'reason':'B'}]}"),
        JsonErrorCode.INVALID_VALUE, "/criteria/0/reason");
    assertResultError(json(base + "'verdict':'NOT_YET','criteria':[{'criterion':'URGENCY',"
        + "'met':false,'reason':'PROBLEM_UNKNOWN','message':'m'}]}"),
        JsonErrorCode.INVALID_VALUE, "/criteria/0/reason");
    assertResultError(json(base + "'verdict':'SQL','criteria':[{'criterion':'lower','met':true}]}"),
        JsonErrorCode.INVALID_VALUE, "/criteria/0/criterion");
    assertResultError(json(base + "'verdict':'SQL','criteria':[{'criterion':'A','met':true}],"
        + "'warnings':[{'code':'W'}]}"),
        JsonErrorCode.MISSING_REQUIRED, "/warnings/0/message");
    assertResultError(json(base + "'verdict':'SQL','criteria':[{'criterion':'A','met':true}],"
        + "'nextQuestions':[' ']}"),
        JsonErrorCode.INVALID_VALUE, "/nextQuestions/0");
    assertResultError(json("{'verdict':'SQL'}"), JsonErrorCode.MISSING_REQUIRED, "/leadId");
  }

  private static void assertResultError(String json, JsonErrorCode code, String pointer) {
    FourfoldJsonException error = org.assertj.core.api.Assertions.catchThrowableOfType(
        FourfoldJsonException.class, () -> JSON.readResult(json));
    assertThat(error).as(json).isNotNull();
    assertThat(error.code()).as(error.getMessage()).isEqualTo(code);
    assertThat(error.pointer()).as(error.getMessage()).isEqualTo(pointer);
  }
}
