package io.github.fourfold.jackson;

import io.github.fourfold.json.JsonErrorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.fourfold.json.internal.Values;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas shipped in the artifact ({@code io/github/fourfold/jackson/schema/}) checked
 * with networknt's validator (draft 2020-12, formats asserted): every example and golden file and
 * many generated documents are valid; invalid documents the reader rejects are rejected by the
 * schema too; and the few rules a schema cannot express are pinned as known differences.
 */
final class SchemaTest extends ModuleTestBase {
  private static final String LEAD_SCHEMA = "io/github/fourfold/jackson/schema/lead.schema.json";
  private static final String RESULT_SCHEMA =
      "io/github/fourfold/jackson/schema/qualification-result.schema.json";

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private static final Schema LEAD = REGISTRY.getSchema(resource(LEAD_SCHEMA), InputFormat.JSON);
  private static final Schema RESULT =
      REGISTRY.getSchema(resource(RESULT_SCHEMA), InputFormat.JSON);

  private static List<Error> lead(String json) {
    return LEAD.validate(json, InputFormat.JSON);
  }

  private static List<Error> result(String json) {
    return RESULT.validate(json, InputFormat.JSON);
  }

  @Test
  void schemas_areValidDraft202012Schemas() {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    assertThat(meta.validate(resource(LEAD_SCHEMA), InputFormat.JSON)).isEmpty();
    assertThat(meta.validate(resource(RESULT_SCHEMA), InputFormat.JSON)).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("EXAMPLES")
  void leadSchema_specExamplesAndGoldenFiles_areValid(String name) {
    assertThat(lead(resource("examples/" + name + ".json"))).isEmpty();
    assertThat(lead(resource("golden/lead/" + name + ".json"))).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("EXAMPLES")
  void resultSchema_goldenFiles_areValid(String name) {
    assertThat(result(resource("golden/result/" + name + ".json"))).isEmpty();
  }

  @Test
  void schemas_generatedDocuments_areValid() {
    for (long seed = 0; seed < 500; seed++) {
      String leadJson = JSON.writeLead(new RandomModel(seed).lead());
      String resultJson = JSON.writeResult(new RandomModel(seed).result());

      assertThat(lead(leadJson)).as("seed %s: %s", seed, leadJson).isEmpty();
      assertThat(result(resultJson)).as("seed %s: %s", seed, resultJson).isEmpty();
    }
  }

  @Test
  void leadSchema_nullsForOptionalProperties_areValid() {
    assertThat(lead(json("{'id':'L-1','company':null,'problems':null,'attributes':{'a':null},"
        + "'decisionProcess':{'stakeholders':[{'basis':null,'roles':null}],'decisionBy':null}}")))
        .isEmpty();
  }

  /** Documents the reader rejects with a code other than MALFORMED_JSON or LIMIT_EXCEEDED. */
  static Stream<String> invalidLeads() {
    return Stream.of(
        json("[]"),
        json("{}"),
        json("{'id':null}"),
        json("{'id':' \\u00a0\\u200b'}"),
        json("{'id':'" + "x".repeat(201) + "'}"),
        json("{'id':42}"),
        json("{'id':'L-1','company':{'employees':'15'}}"),
        json("{'id':'L-1','company':{'employees':-1}}"),
        json("{'id':'L-1','company':{'employees':3.5}}"),
        json("{'id':'L-1','company':{'country':'nl'}}"),
        json("{'id':'L-1','demoRequested':'true'}"),
        json("{'id':'L-1','situation':{'inPlaceSince':999}}"),
        json("{'id':'L-1','situation':{'installedBase':[{'quantity':1}]}}"),
        json("{'id':'L-1','situation':{'installedBase':[{'name':'x','quantity':0}]}}"),
        json("{'id':'L-1','problems':[null]}"),
        json("{'id':'L-1','problems':[{}]}"),
        json("{'id':'L-1','problems':[{'statement':'\\t'}]}"),
        json("{'id':'L-1','problems':[{'statement':'x','visibility':'visible'}]}"),
        json("{'id':'L-1','problems':[{'statement':'x','cost':{'amount':'1','currency':'EUR'}}]}"),
        json("{'id':'L-1','problems':[{'statement':'x','cost':{'amount':-1,'currency':'EUR'}}]}"),
        json("{'id':'L-1','problems':[{'statement':'x','cost':{'amount':1,'currency':'eur'}}]}"),
        json("{'id':'L-1','problems':[{'statement':'x','cost':{'currency':'EUR'}}]}"),
        json("{'id':'L-1','problems':[{'statement':'x','frequency':{'count':3,'per':'OCCURRENCE'}}]}"),
        json("{'id':'L-1','problems':[{'statement':'x','frequency':{'count':-3,'per':'DAY'}}]}"),
        json("{'id':'L-1','triggers':[{'kind':'EVENT'}]}"),
        json("{'id':'L-1','triggers':[{'kind':'SOON','description':'x'}]}"),
        json("{'id':'L-1','triggers':[{'kind':'EVENT','description':'x','date':'2027-9-15'}]}"),
        json("{'id':'L-1','triggers':[{'kind':'EVENT','description':'x','date':'2027-02-30'}]}"),
        json("{'id':'L-1','decisionProcess':{'stakeholders':[{'roles':['APPROVES',null]}]}}"),
        json("{'id':'L-1','decisionProcess':{'stakeholders':[{'approvesAbove':{'amount':1}}]}}"),
        json("{'id':'L-1','attributes':{'tier':1}}"));
  }

  @ParameterizedTest
  @MethodSource("invalidLeads")
  void leadSchema_documentsTheReaderRejects_areInvalid(String json) {
    assertThat(leadError(json).code())
        .isNotIn(JsonErrorCode.MALFORMED_JSON, JsonErrorCode.LIMIT_EXCEEDED);
    assertThat(lead(json)).as(json).isNotEmpty();
  }

  /**
   * Rules of the format that JSON Schema cannot express: the schema accepts these documents,
   * the reader does not. Listed in the schema's description.
   */
  static Stream<String> beyondTheSchema() {
    return Stream.of(
        json("{'id':'L-1','company':{'employees':3.0}}"),
        json("{'id':'L-1','company':{'employees':3e0}}"),
        json("{'id':'L-1','id':'L-2'}"),
        json("{'id':'L-1','company':{'country':'ZZ'}}"),
        json("{'id':'L-1','problems':[{'statement':'x','cost':{'amount':1,'currency':'ABC'}}]}"),
        json("{'id':'L-1','triggers':[{'kind':'EVENT','description':'x','date':'0000-01-01'}]}"));
  }

  @ParameterizedTest
  @MethodSource("beyondTheSchema")
  void leadSchema_rulesBeyondJsonSchema_areOnlyEnforcedByTheReader(String json) {
    assertThat(lead(json)).as(json).isEmpty();
    assertThat(leadError(json).code())
        .isIn(JsonErrorCode.WRONG_TYPE, JsonErrorCode.DUPLICATE_PROPERTY,
            JsonErrorCode.INVALID_VALUE);
  }

  static Stream<String> invalidResults() {
    String base = "'leadId':'L-1','asOf':'2027-03-01','qualifier':'four-question/1',";
    String met = "{'criterion':'SITUATION','met':true}";
    String unmet = "{'criterion':'URGENCY','met':false,'reason':'URGENCY_UNKNOWN','message':'m'}";
    return Stream.of(
        json("{" + base + "'verdict':'SQL','criteria':[]}"),
        json("{" + base + "'verdict':'SQL','criteria':[" + unmet + "]}"),
        json("{" + base + "'verdict':'NOT_YET','criteria':[" + met + "]}"),
        json("{" + base + "'verdict':'DISQUALIFIED','revisitOn':'2027-06-01','criteria':[" + unmet
            + "]}"),
        json("{" + base + "'verdict':'MAYBE','criteria':[" + met + "]}"),
        json("{" + base + "'verdict':'SQL','criteria':[{'criterion':'SITUATION','met':true,"
            + "'reason':'X'}]}"),
        json("{" + base + "'verdict':'NOT_YET','criteria':[{'criterion':'URGENCY','met':false,"
            + "'message':'m'}]}"),
        json("{" + base + "'verdict':'SQL','criteria':[{'criterion':'situation','met':true}]}"),
        json("{" + base + "'verdict':'SQL','criteria':[" + met + "],'warnings':[{'code':'W'}]}"),
        json("{" + base + "'verdict':'SQL','criteria':[" + met + "],'nextQuestions':[' ']}"),
        json("{'leadId':'L-1','verdict':'SQL','criteria':[" + met + "],'qualifier':'q'}"));
  }

  @ParameterizedTest
  @MethodSource("invalidResults")
  void resultSchema_documentsTheReaderRejects_areInvalid(String json) {
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
            FourfoldJsonException.class, () -> JSON.readResult(json)))
        .as(json)
        .isNotNull();
    assertThat(result(json)).as(json).isNotEmpty();
  }

  @Test
  void nonBlankPattern_matchesTheRuleSpecsDefinitionOfBlank() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(resource(LEAD_SCHEMA));
    Pattern nonBlank =
        Pattern.compile(schema.at("/$defs/nonBlank/pattern").asText());

    assertThat(new ObjectMapper().readTree(resource(RESULT_SCHEMA))
            .at("/$defs/nonBlank/pattern").asText())
        .isEqualTo(nonBlank.pattern());
    for (int cp = 0; cp <= 0x10FFFF; cp++) {
      if (Character.getType(cp) == Character.SURROGATE) {
        continue;
      }
      boolean matches = nonBlank.matcher(new String(Character.toChars(cp))).find();
      assertThat(matches).as("U+%04X", cp).isEqualTo(!Values.isBlankCodePoint(cp));
    }
  }

  @org.junit.jupiter.api.Test
  void jsonSchemas_serveTheShippedFiles() throws Exception {
    try (java.io.InputStream lead = getClass().getClassLoader().getResourceAsStream(LEAD_SCHEMA);
        java.io.InputStream result = getClass().getClassLoader().getResourceAsStream(RESULT_SCHEMA)) {
      org.assertj.core.api.Assertions.assertThat(lead).isNotNull();
      org.assertj.core.api.Assertions.assertThat(result).isNotNull();
      org.assertj.core.api.Assertions.assertThat(io.github.fourfold.jackson.schema.JsonSchemas.lead())
          .isEqualTo(new String(lead.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      org.assertj.core.api.Assertions.assertThat(io.github.fourfold.jackson.schema.JsonSchemas.qualificationResult())
          .isEqualTo(new String(result.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
