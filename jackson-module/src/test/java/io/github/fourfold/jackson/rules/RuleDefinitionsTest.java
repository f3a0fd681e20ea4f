package io.github.fourfold.jackson.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.fourfold.Verdict;
import io.github.fourfold.model.Money;
import io.github.fourfold.rules.Comparison;
import io.github.fourfold.rules.Condition;
import io.github.fourfold.rules.DefinitionError;
import io.github.fourfold.rules.Direction;
import io.github.fourfold.rules.InvalidDefinitionException;
import io.github.fourfold.rules.RuleCheck;
import io.github.fourfold.rules.RuleCriterion;
import io.github.fourfold.rules.RuleDefinition;
import io.github.fourfold.rules.RuleLimits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class RuleDefinitionsTest {
  /** A check around a condition, as JSON; {@code %s} is the condition. */
  private static final String ONE_CHECK = """
      {"id": "acme-fit/3", "criteria": [{"name": "FIT", "checks": [{
        "condition": %s,
        "verdict": "NOT_YET", "reason": "NO_FIT", "message": {"en": "No fit."}}]}]}""";

  private static final String FULL = """
      {
        "$schema": "https://github.com/fourfold/fourfold/json-format/1/rule-definition.schema.json",
        "id": "acme-fit/3",
        "criteria": [{
          "name": "FIT",
          "checks": [{
            "condition": {"and": [
              {"present": "/company/industry"},
              {"not": {"blank": "/source"}},
              {"equals": {"path": "/demoRequested", "value": true}},
              {"oneOf": {"path": "/company/country", "values": ["NL", "BE"], "ignoreCase": true}},
              {"compare": {"path": "/company/employees", "op": "AT_LEAST", "value": 20}},
              {"any": {"path": "/problems", "condition":
                {"compareMoney": {"path": "/problems/*/cost", "op": "GREATER_THAN", "amount": 1000.50, "currency": "EUR"}}}},
              {"all": {"path": "/triggers", "condition":
                {"or": [{"within": {"path": "/triggers/*/date", "period": "P6M", "direction": "AFTER"}},
                        {"compareDate": {"path": "/triggers/*/date", "op": "LESS_THAN", "offset": "P-1Y"}}]}}},
              {"count": {"path": "/decisionProcess/stakeholders", "op": "AT_LEAST", "value": 2}},
              {"compareDate": {"path": "/decisionProcess/decisionBy", "op": "AT_MOST"}}
            ]},
            "verdict": "DISQUALIFIED",
            "reason": "NO_FIT",
            "message": {"en": "No fit.", "nl": "Past niet."},
            "questions": {"en": ["Who decides?"], "nl": ["Wie beslist?"]},
            "unknownReason": "FIT_NOT_KNOWN",
            "unknownMessage": {"en": "Not known yet."}
          }]
        }]
      }""";

  private static InvalidDefinitionException invalid(String json) {
    InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class, () -> RuleDefinitions.read(json));
    assertThat(e).as("expected an invalid definition").isNotNull();
    return e;
  }

  private static String error(String json) {
    List<DefinitionError> errors = invalid(json).errors();
    assertThat(errors).hasSize(1);
    return errors.get(0).toString();
  }

  private static String check(String condition) {
    return ONE_CHECK.formatted(condition);
  }

  @Test
  void read_everyOperator_givesTheDefinitionTheBuilderGives() {
    RuleCheck check = RuleCheck.builder()
        .condition(Condition.and(
            Condition.present("/company/industry"),
            Condition.not(Condition.blank("/source")),
            Condition.equalTo("/demoRequested", true),
            Condition.oneOf("/company/country", List.of("NL", "BE"), true),
            Condition.compare("/company/employees", Comparison.AT_LEAST, 20),
            Condition.any("/problems", Condition.compareMoney("/problems/*/cost", Comparison.GREATER_THAN,
                Money.of(new java.math.BigDecimal("1000.50"), "EUR"))),
            Condition.all("/triggers", Condition.or(
                Condition.within("/triggers/*/date", Period.ofMonths(6), Direction.AFTER),
                Condition.compareDate("/triggers/*/date", Comparison.LESS_THAN, Period.ofYears(-1)))),
            Condition.count("/decisionProcess/stakeholders", Comparison.AT_LEAST, 2),
            Condition.compareDate("/decisionProcess/decisionBy", Comparison.AT_MOST, Period.ZERO)))
        .verdict(Verdict.DISQUALIFIED)
        .reason("NO_FIT")
        .putMessage("en", "No fit.")
        .putMessage("nl", "Past niet.")
        .putQuestions("en", List.of("Who decides?"))
        .putQuestions("nl", List.of("Wie beslist?"))
        .unknownReason("FIT_NOT_KNOWN")
        .putUnknownMessage("en", "Not known yet.")
        .build();
    RuleDefinition expected = RuleDefinition.builder().id("acme-fit/3").addCriteria(RuleCriterion.of("FIT", check)).build();
    RuleDefinition read = RuleDefinitions.read(FULL);
    assertThat(read).isEqualTo(expected);
    assertThat(RuleDefinitions.read(RuleDefinitions.write(read))).isEqualTo(read);
    assertThat(RuleDefinitions.write(RuleDefinitions.read(RuleDefinitions.write(read)))).isEqualTo(RuleDefinitions.write(read));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      {"present": "/company/employes"}                     | INVALID_VALUE at "/criteria/0/checks/0/condition/present": a path of the lead's JSON format; the nearest is /company/employees
      {"present": "/contact/name"}                         | INVALID_VALUE at "/criteria/0/checks/0/condition/present": a readable path: /contact is personal data, which rules never read
      {"equals": {"path": "/company/industry"}}            | MISSING_REQUIRED at "/criteria/0/checks/0/condition/equals/value": a value for value
      {"equals": {"path": "/company/industry", "value": 3}} | WRONG_TYPE at "/criteria/0/checks/0/condition/equals/value": expected a text, an enum name or a boolean
      {"equals": {"path": "/demoRequested", "value": true, "ignoreCase": true}} | INVALID_VALUE at "/criteria/0/checks/0/condition/equals/ignoreCase": no ignoreCase for a boolean
      {"matches": "/company/industry"}                     | UNKNOWN_PROPERTY at "/criteria/0/checks/0/condition/matches": an operator: present, blank, equals, oneOf, compare, compareMoney, compareDate, within, count, any, all, and, or, not
      {}                                                   | INVALID_VALUE at "/criteria/0/checks/0/condition": a condition with one operator
      {"present": "/source", "blank": "/source"}           | INVALID_VALUE at "/criteria/0/checks/0/condition/blank": a condition with one operator only
      {"and": []}                                          | INVALID_VALUE at "/criteria/0/checks/0/condition/and": at least one element
      {"count": {"path": "/problems", "op": "MORE", "value": 1}} | INVALID_VALUE at "/criteria/0/checks/0/condition/count/op": one of LESS_THAN, AT_MOST, EQUAL_TO, NOT_EQUAL_TO, AT_LEAST, GREATER_THAN
      {"count": {"path": "/problems", "op": "AT_MOST", "value": 1.0}} | WRONG_TYPE at "/criteria/0/checks/0/condition/count/value": expected an integer
      {"within": {"path": "/triggers/*/date", "period": "6 months", "direction": "AFTER"}} | INVALID_VALUE at "/criteria/0/checks/0/condition/within/period": an ISO-8601 period such as P6M or P-1Y
      {"within": {"path": "/triggers/*/date", "period": "P-6M", "direction": "AFTER"}} | INVALID_VALUE at "/criteria/0/checks/0/condition/within/period": a period that is not negative
      {"compareMoney": {"path": "/problems/*/cost", "op": "AT_LEAST", "amount": 1, "currency": "EURO"}} | INVALID_VALUE at "/criteria/0/checks/0/condition/compareMoney/currency": an ISO 4217 currency code of three upper-case letters
      {"present": "/attributes/a~2"}                       | INVALID_VALUE at "/criteria/0/checks/0/condition/present": a JSON Pointer: ~ is written ~0 and / is written ~1
      {"not": null}                                        | WRONG_TYPE at "/criteria/0/checks/0/condition/not": expected a condition: an object with one operator
      """)
  void read_badCondition_isOneErrorWithItsPointer(String condition, String expected) {
    assertThat(error(check(condition))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      {"id": "a/1", "criteria": []}                         | INVALID_VALUE at "/criteria": at least one element
      {"id": "a/1"}                                         | MISSING_REQUIRED at "/criteria": a value for criteria
      {"id": "a/1", "id": "a/2", "criteria": []}            | DUPLICATE_PROPERTY at "/id": each property name at most once in an object
      {"id": "a/1", "criteria": [], "extra": 1}             | UNKNOWN_PROPERTY at "/extra": one of the properties $schema, id, criteria
      {"id": null, "criteria": []}                          | WRONG_TYPE at "/id": a value, not null
      {"id": "a/1", "criteria": [{"name": "X", "checks": [1]}]} | WRONG_TYPE at "/criteria/0/checks/0": expected an object
      [1, 2]                                                | WRONG_TYPE at "": expected an object
      {"id": "a/1", "criteria": [}                          | MALFORMED_JSON at "": expected well-formed JSON
      {"id": "a/1", "criteria": []} {}                      | MALFORMED_JSON at "": expected no content after the definition
      {"id": 3, "criteria": [}                              | MALFORMED_JSON at "": expected well-formed JSON
      """)
  void read_badDocument_isOneErrorWithItsPointer(String json, String expected) {
    assertThat(error(json)).isEqualTo(expected);
  }

  @Test
  void read_problemsWithValues_areAllListed() {
    String json = """
        {"id": "no version", "criteria": [{"name": "FIT", "checks": [
          {"condition": {"present": "/company/employes"}, "verdict": "NOT_YET", "reason": "A", "message": {"en": "a"}},
          {"condition": {"present": "/contact"}, "verdict": "NOT_YET", "reason": "A", "message": {"nl": "a"}}]}]}""";
    assertThat(invalid(json).errors()).extracting(DefinitionError::toString).containsExactly(
        "INVALID_VALUE at \"/criteria/0/checks/0/condition/present\": a path of the lead's JSON format; the nearest is /company/employees",
        "INVALID_VALUE at \"/criteria/0/checks/1/condition/present\": a readable path: /contact is personal data, which rules never read",
        "MISSING_REQUIRED at \"/criteria/0/checks/1/message/en\": an English text");
  }

  @Test
  void read_duplicateReasonCodes_pointAtTheSecond() {
    String json = """
        {"id": "a/1", "criteria": [{"name": "FIT", "checks": [
          {"condition": {"present": "/source"}, "verdict": "NOT_YET", "reason": "A", "message": {"en": "a"}},
          {"condition": {"present": "/source"}, "verdict": "NOT_YET", "reason": "A", "message": {"en": "a"}}]}]}""";
    assertThat(error(json)).isEqualTo("INVALID_VALUE at \"/criteria/0/checks/1/reason\": a reason code not used by another check");
  }

  @Test
  void read_nesting_isLimitedAtItsMaximum() {
    String leaf = "{\"present\": \"/source\"}";
    String deepest = "{\"not\": ".repeat(RuleLimits.MAX_DEPTH - 1) + leaf + "}".repeat(RuleLimits.MAX_DEPTH - 1);
    RuleDefinitions.read(check(deepest));
    String over = "{\"not\": " + deepest + "}";
    assertThat(error(check(over))).startsWith("LIMIT_EXCEEDED at \"/criteria/0/checks/0/condition" + "/not".repeat(RuleLimits.MAX_DEPTH) + "\"");
    String hostile = "[".repeat(100_000);
    assertThat(invalid(hostile).errors().get(0).code()).isEqualTo("LIMIT_EXCEEDED");
  }

  @Test
  void read_lists_areLimitedAtTheirMaximum() {
    String values = "\"a\",".repeat(RuleLimits.MAX_LIST - 1) + "\"a\"";
    RuleDefinitions.read(check("{\"oneOf\": {\"path\": \"/source\", \"values\": [" + values + "]}}"));
    assertThat(error(check("{\"oneOf\": {\"path\": \"/source\", \"values\": [" + values + ", \"a\"]}}")))
        .isEqualTo("LIMIT_EXCEEDED at \"/criteria/0/checks/0/condition/oneOf/values\": at most 1000 elements");
  }

  @Test
  void read_texts_areLimitedAtTheirMaximum() {
    String longest = "é".repeat(RuleLimits.MAX_TEXT);
    RuleDefinitions.read(check("{\"equals\": {\"path\": \"/source\", \"value\": \"" + longest + "\"}}"));
    assertThat(error(check("{\"equals\": {\"path\": \"/source\", \"value\": \"" + longest + "é\"}}")))
        .isEqualTo("LIMIT_EXCEEDED at \"/criteria/0/checks/0/condition/equals/value\": at most 1000 code points");
  }

  @Test
  void read_documentSize_isLimitedAtItsMaximum() {
    String json = check("{\"present\": \"/source\"}");
    String padded = json + " ".repeat(RuleDefinitions.MAX_DOCUMENT_BYTES - json.length());
    assertThat(RuleDefinitions.read(padded.getBytes(StandardCharsets.UTF_8)).id()).isEqualTo("acme-fit/3");
    assertThat(error(padded + " ")).isEqualTo("LIMIT_EXCEEDED at \"\": a definition of at most 1048576 bytes");
    byte[] tooLong = (padded + " ").getBytes(StandardCharsets.UTF_8);
    InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
        () -> RuleDefinitions.read(new ByteArrayInputStream(tooLong)));
    assertThat(e.errors().get(0).code()).isEqualTo("LIMIT_EXCEEDED");
  }

  @Test
  void read_numbers_areLimitedInLength() {
    String longest = "1" + "0".repeat(RuleDefinitions.MAX_NUMBER_LENGTH - 1);
    RuleDefinitions.read(check("{\"compare\": {\"path\": \"/situation/installedBase/*/ageYears\", \"op\": \"AT_MOST\", \"value\": " + longest + "}}"));
    assertThat(error(check("{\"compare\": {\"path\": \"/situation/installedBase/*/ageYears\", \"op\": \"AT_MOST\", \"value\": " + longest + "0}}")))
        .startsWith("LIMIT_EXCEEDED");
  }

  @Test
  void read_badBytes_areMalformed() {
    byte[] bad = check("{\"present\": \"/source\"}").getBytes(StandardCharsets.UTF_8);
    bad[bad.length - 3] = (byte) 0xC3;
    assertThat(catchThrowableOfType(InvalidDefinitionException.class, () -> RuleDefinitions.read(bad)).errors().get(0).code())
        .isEqualTo("MALFORMED_JSON");
    assertThat(error("{\"id\": \"\ud800\"}")).isEqualTo("MALFORMED_JSON at \"\": expected text without unpaired surrogates");
  }

  @Test
  void schema_isADraft202012SchemaThatAcceptsTheFullExample() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(RuleDefinitions.schema(), InputFormat.JSON)).isEmpty();
    Schema schema = registry.getSchema(RuleDefinitions.schema(), InputFormat.JSON);
    assertThat(schema.validate(FULL, InputFormat.JSON)).isEmpty();
    assertThat(schema.validate(RuleDefinitions.write(RuleDefinitions.read(FULL)), InputFormat.JSON)).isEmpty();
    assertThat(schema.validate(check("{\"matches\": \"/source\"}"), InputFormat.JSON)).isNotEmpty();
  }
}
