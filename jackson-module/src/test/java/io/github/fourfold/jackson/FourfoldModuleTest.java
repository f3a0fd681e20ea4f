package io.github.fourfold.jackson;

import io.github.fourfold.json.JsonErrorCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Verdict;
import io.github.fourfold.Warning;
import io.github.fourfold.model.Company;
import io.github.fourfold.model.Contact;
import io.github.fourfold.model.Cost;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Frequency;
import io.github.fourfold.model.InstalledBaseItem;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Money;
import io.github.fourfold.model.Per;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.TimeLost;
import io.github.fourfold.model.UrgencyTrigger;
import io.github.fourfold.model.Visibility;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The module on Jackson mappers: discovery, identity, and what holds on a caller's own mapper. */
final class FourfoldModuleTest extends ModuleTestBase {

  @Test
  void findAndRegisterModules_findsTheModuleThroughServiceLoader() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    assertThat(mapper.getRegisteredModuleIds()).contains(FourfoldModule.class.getName());
    assertThat(mapper.readValue(resourceBytes("examples/conveyor-belt.json"), Lead.class))
        .isEqualTo(Examples.conveyorBelt());
  }

  @Test
  void version_comesFromTheBuild() {
    FourfoldModule module = new FourfoldModule();

    assertThat(module.getModuleName()).isEqualTo("FourfoldModule");
    assertThat(module.version().getGroupId()).isEqualTo("io.github.fourfold");
    assertThat(module.version().getArtifactId()).isEqualTo("fourfold-jackson");
    assertThat(module.version().isUnknownVersion()).isFalse();
  }

  @Test
  void typeId_sameSettings_registerOnce_differentSettings_laterWins() throws Exception {
    String unknown = json("{'id':'L-1','crm':1}");
    ObjectMapper lenient = new ObjectMapper().findAndRegisterModules();
    lenient.registerModule(new FourfoldModule());
    assertThat(lenient.getRegisteredModuleIds()).hasSize(1);
    assertThat(lenient.readValue(unknown, Lead.class).id()).isEqualTo("L-1");

    // Jackson caches deserializers on first use: register modules before reading.
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    mapper.registerModule(STRICT.module());

    assertThat(mapper.getRegisteredModuleIds()).hasSize(2);
    assertThatThrownBy(() -> mapper.readValue(unknown, Lead.class))
        .isInstanceOfSatisfying(FourfoldJsonException.class,
            e -> assertThat(e.code()).isEqualTo(JsonErrorCode.UNKNOWN_PROPERTY));
    assertThat(STRICT.module().getTypeId()).isEqualTo(
        FourfoldJson.builder().strict(true).build().module().getTypeId());
  }

  @Test
  void callerMapper_jacksonLeniencies_doNotLeakThrough() throws Exception {
    ObjectMapper lenient =
        JsonMapper.builder()
            .addModule(new FourfoldModule())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    assertCallerError(lenient, json("{'id':'L-1','company':{'employees':'15'}}"),
        JsonErrorCode.WRONG_TYPE, "/company/employees");
    assertCallerError(lenient, json("{'id':'L-1','company':{'employees':15.0}}"),
        JsonErrorCode.WRONG_TYPE, "/company/employees");
    assertCallerError(lenient,
        json("{'id':'L-1','problems':[{'statement':'x','visibility':'visible'}]}"),
        JsonErrorCode.INVALID_VALUE, "/problems/0/visibility");
    assertCallerError(lenient, json("{'id':'L-1','problems':{'statement':'x'}}"),
        JsonErrorCode.WRONG_TYPE, "/problems");
    assertCallerError(lenient, json("{'id':'L-1','id':'L-2'}"),
        JsonErrorCode.DUPLICATE_PROPERTY, "/id");
    assertThat(lenient.readValue(json("{'id':'L-1','crm':1}"), Lead.class).id()).isEqualTo("L-1");
  }

  @Test
  void callerMapper_strictDuplicateDetection_stillReportsDuplicateProperty() {
    ObjectMapper mapper = mapperWithModule();
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    assertCallerError(mapper, json("{'id':'L-1','company':{'name':'a','name':'b'}}"),
        JsonErrorCode.DUPLICATE_PROPERTY, "/company");
  }

  @Test
  @SuppressWarnings("deprecation") // EVERYTHING on purpose: the widest default typing there is
  void callerMapper_defaultTyping_isNeitherWrittenNorRead() throws Exception {
    ObjectMapper typed =
        JsonMapper.builder()
            .addModule(new FourfoldModule())
            .activateDefaultTyping(
                LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.EVERYTHING)
            .build();
    String golden = resource("golden/lead/conveyor-belt.json").strip();

    assertThat(typed.writeValueAsString(Examples.conveyorBelt())).isEqualTo(golden);
    assertThat(typed.readValue(golden, Lead.class)).isEqualTo(Examples.conveyorBelt());
    assertCallerError(typed, json("['java.net.URL','http://example.com']"),
        JsonErrorCode.WRONG_TYPE, "");
  }

  @Test
  void callerMapper_leadInsideOwnTypes_keepsTheExceptionAndAPointerRelativeToTheLead() {
    String input = json("{'Zq9-key':{'id':'L-1','company':{'employees':-1}}}");

    FourfoldJsonException error =
        catchThrowableOfType(FourfoldJsonException.class,
            () -> mapperWithModule().readValue(input, new TypeReference<Map<String, Lead>>() {}));

    assertThat(error.code()).isEqualTo(JsonErrorCode.INVALID_VALUE);
    assertThat(error.pointer()).isEqualTo("/company/employees");
    assertThat(error.leadId()).isEqualTo("L-1");
    assertThat(error.getMessage()).doesNotContain("Zq9");
  }

  @Test
  void callerMapper_listOfLeads_readsEachWithItsOwnChecks() throws Exception {
    List<Lead> leads =
        mapperWithModule().readValue(json("[{'id':'L-1'},{'id':'L-2'}]"),
            new TypeReference<List<Lead>>() {});

    assertThat(leads).extracting(Lead::id).containsExactly("L-1", "L-2");
  }

  @Test
  void callerMapper_byteInput_isReadLikeText() throws Exception {
    byte[] golden = resourceBytes("golden/lead/just-looking.json");

    assertThat(mapperWithModule().readValue(golden, Lead.class)).isEqualTo(Examples.justLooking());
  }

  @Test
  void callerMapper_malformedInsideTheLead_isMalformedJson() {
    assertCallerError(mapperWithModule(), json("{'id':'L-1','context':'\\ud800'}"),
        JsonErrorCode.MALFORMED_JSON, null);
    assertCallerError(mapperWithModule(), json("{'id':'L-1',]"), JsonErrorCode.MALFORMED_JSON,
        null);
  }

  @Test
  void callerMapper_parserAlreadyInsideTheLead_readsTheRestOfIt() throws Exception {
    ObjectMapper mapper = mapperWithModule();
    try (JsonParser parser =
        mapper.createParser(json("{'id':'L-1','context':'c','context':'d'} {'context':'c'}"))) {
      parser.nextToken();
      parser.nextToken();

      FourfoldJsonException duplicate =
          catchThrowableOfType(FourfoldJsonException.class,
              () -> mapper.readValue(parser, Lead.class));
      assertThat(duplicate.code()).isEqualTo(JsonErrorCode.DUPLICATE_PROPERTY);
      assertThat(duplicate.pointer()).isEqualTo("/context");

      parser.nextToken();
      parser.nextToken();
      FourfoldJsonException missing =
          catchThrowableOfType(FourfoldJsonException.class,
              () -> mapper.readValue(parser, Lead.class));
      assertThat(missing.code()).isEqualTo(JsonErrorCode.MISSING_REQUIRED);
      assertThat(missing.pointer()).isEqualTo("/id");
    }
  }

  @Test
  void callerMapper_indentOutput_isHonoured() throws Exception {
    ObjectMapper pretty = mapperWithModule().enable(SerializationFeature.INDENT_OUTPUT);

    String json = pretty.writeValueAsString(Lead.builder().id("L-1").build());

    assertThat(json).isEqualTo("{\n  \"id\" : \"L-1\"\n}");
  }

  @Test
  void callerMapper_treeAndConvertValue_roundTrip() throws Exception {
    ObjectMapper mapper = mapperWithModule();
    Lead lead = Examples.conveyorBelt();

    assertThat(mapper.convertValue(lead, Lead.class)).isEqualTo(lead);
    // Trees strip trailing zeros of decimals unless told not to, and 15000 would become 1.5E+4.
    mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    assertThat(mapper.treeToValue(mapper.valueToTree(lead), Lead.class)).isEqualTo(lead);
    assertThat(mapper.convertValue(Examples.result("just-looking"), QualificationResult.class))
        .isEqualTo(Examples.result("just-looking"));
  }

  static Stream<Arguments> everyType() {
    Lead lead = Examples.conveyorBelt();
    Problem problem = lead.problems().get(0);
    DecisionProcess decision = java.util.Objects.requireNonNull(lead.decisionProcess());
    Situation situation = java.util.Objects.requireNonNull(lead.situation());
    QualificationResult result = Examples.result("just-looking");
    return Stream.of(
        arguments(Lead.class, lead),
        arguments(Company.class, java.util.Objects.requireNonNull(lead.company())),
        arguments(Contact.class, java.util.Objects.requireNonNull(lead.contact())),
        arguments(Situation.class, situation),
        arguments(InstalledBaseItem.class, situation.installedBase().get(0)),
        arguments(Problem.class, problem),
        arguments(Cost.class, java.util.Objects.requireNonNull(problem.cost())),
        arguments(Frequency.class, java.util.Objects.requireNonNull(problem.frequency())),
        arguments(TimeLost.class, TimeLost.of(4, Per.DAY)),
        arguments(Money.class, Money.of(50000, "EUR")),
        arguments(UrgencyTrigger.class, lead.triggers().get(0)),
        arguments(DecisionProcess.class, decision),
        arguments(Stakeholder.class, decision.stakeholders().get(2)),
        arguments(QualificationResult.class, result),
        arguments(CriterionFinding.class, result.findings().get(1)),
        arguments(Warning.class, result.warnings().get(0)),
        arguments(Verdict.class, Verdict.NOT_YET),
        arguments(Visibility.class, Visibility.HIDDEN));
  }

  private static Arguments arguments(Class<?> type, Object value) {
    return Arguments.of(type.getSimpleName(), type, value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyType")
  void mapper_everyCoreType_roundTrips(String name, Class<?> type, Object value) throws Exception {
    ObjectMapper mapper = JSON.mapper();

    String json = mapper.writeValueAsString(value);

    assertThat(mapper.readValue(json, type)).isEqualTo(value);
    assertThat(mapper.readValue(json.getBytes(StandardCharsets.UTF_8), type)).isEqualTo(value);
  }

  @Test
  void mapper_partOfALead_pointersAreRelativeToThatValue() {
    assertCallerError(JSON.mapper(), json("{'amount':1}"), Money.class,
        JsonErrorCode.MISSING_REQUIRED, "/currency");
    assertCallerError(JSON.mapper(), json("{'count':1,'per':'OCCURRENCE'}"), Frequency.class,
        JsonErrorCode.INVALID_VALUE, "/per");
    assertCallerError(JSON.mapper(), json("{'statement':' '}"), Problem.class,
        JsonErrorCode.INVALID_VALUE, "/statement");
  }

  @Test
  void mapper_trailingContent_isJacksonsOwnError() {
    assertThatThrownBy(() -> JSON.mapper().readValue(json("{'id':'L-1'} {}"), Lead.class))
        .isInstanceOf(MismatchedInputException.class)
        .isNotInstanceOf(FourfoldJsonException.class);
  }

  @Test
  void mapper_eachCall_returnsAnIndependentMapper() {
    ObjectMapper first = JSON.mapper();
    first.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    assertThat(JSON.mapper().isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
  }

  private static void assertCallerError(
      ObjectMapper mapper, String json, JsonErrorCode code, @org.jspecify.annotations.Nullable String pointer) {
    assertCallerError(mapper, json, Lead.class, code, pointer);
  }

  private static void assertCallerError(
      ObjectMapper mapper,
      String json,
      Class<?> type,
      JsonErrorCode code,
      @org.jspecify.annotations.Nullable String pointer) {
    FourfoldJsonException error =
        catchThrowableOfType(FourfoldJsonException.class, () -> mapper.readValue(json, type));
    assertThat(error).as(json).isNotNull();
    assertThat(error.code()).as(error.getMessage()).isEqualTo(code);
    assertThat(error.pointer()).as(error.getMessage()).isEqualTo(pointer);
  }
}
