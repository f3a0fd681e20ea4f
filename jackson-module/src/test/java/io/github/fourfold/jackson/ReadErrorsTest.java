package io.github.fourfold.jackson;

import io.github.fourfold.json.JsonErrorCode;
import static io.github.fourfold.json.JsonErrorCode.DUPLICATE_PROPERTY;
import static io.github.fourfold.json.JsonErrorCode.INVALID_VALUE;
import static io.github.fourfold.json.JsonErrorCode.LIMIT_EXCEEDED;
import static io.github.fourfold.json.JsonErrorCode.MALFORMED_JSON;
import static io.github.fourfold.json.JsonErrorCode.MISSING_REQUIRED;
import static io.github.fourfold.json.JsonErrorCode.UNKNOWN_PROPERTY;
import static io.github.fourfold.json.JsonErrorCode.WRONG_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.fourfold.json.internal.Utf8;
import io.github.fourfold.model.Lead;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error code of the format, with inputs that trigger it and the pointer each must carry; the
 * precedence between errors; and messages that never quote the input.
 */
final class ReadErrorsTest extends ModuleTestBase {
  /** A problem whose {@code frequency} and {@code cost} are filled in by the case. */
  private static String problem(String members) {
    return json("{'id':'L-1','problems':[{'statement':'Belts stop.'," + members + "}]}");
  }

  private static String trigger(String members) {
    return json("{'id':'L-1','triggers':[{'kind':'DEADLINE','description':'Audit'," + members
        + "}]}");
  }

  private static String stakeholder(String members) {
    return json("{'id':'L-1','decisionProcess':{'stakeholders':[{" + members + "}]}}");
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        arguments("empty input", ""),
        arguments("only whitespace", " \n\t "),
        arguments("truncated", json("{'id':'L-1'")),
        arguments("truncated string", json("{'id':'L-1")),
        arguments("trailing comma", json("{'id':'L-1',}")),
        arguments("trailing content", json("{'id':'L-1'} x")),
        arguments("a second value", json("{'id':'L-1'} {'id':'L-2'}")),
        arguments("a comment", json("{'id':'L-1' /* note */}")),
        arguments("single quotes", "{'id':'L-1'}"),
        arguments("an unquoted name", json("{id:'L-1'}")),
        arguments("NaN", json("{'id':'L-1','company':{'employees':NaN}}")),
        arguments("a leading zero", json("{'id':'L-1','company':{'employees':012}}")),
        arguments("a leading plus", json("{'id':'L-1','company':{'employees':+12}}")),
        arguments("a bad escape", json("{'id':'L-\\x'}")),
        arguments("a raw control character", json("{'id':'L-\u00011'}")),
        arguments("an unpaired high surrogate escape", json("{'id':'L-\\ud800'}")),
        arguments("an unpaired low surrogate escape", json("{'id':'L-1','x':'\\udc00'}")),
        arguments("a surrogate escape in a name", json("{'id':'L-1','\\ud83d':1}")),
        arguments("a raw unpaired surrogate", json("{'id':'L-1','context':'a\ud800b'}")),
        arguments("a reversed surrogate pair", json("{'id':'L-1','context':'\\udc00\\ud800'}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void readLead_malformedJson_isMalformedWithoutPointer(String what, String json) {
    FourfoldJsonException error = assertLeadError(json, MALFORMED_JSON, null);

    assertThat(error.getMessage()).startsWith("MALFORMED_JSON: expected ");
  }

  static Stream<Arguments> notUtf8() {
    return Stream.of(
        arguments("a lone continuation byte", new byte[] {(byte) 0x80}),
        arguments("a truncated sequence", new byte[] {(byte) 0xC3}),
        arguments("an overlong slash", new byte[] {(byte) 0xC0, (byte) 0xAF}),
        arguments("an encoded surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
        arguments("beyond U+10FFFF", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
            (byte) 0x80}),
        arguments("a Latin-1 e-acute", new byte[] {(byte) 0xE9}));
  }

  /** The malformed cases that UTF-8 can carry (a raw unpaired surrogate it cannot). */
  static Stream<Arguments> malformedInUtf8() {
    return malformed().filter(a -> {
      String json = (String) a.get()[1];
      return new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
          .equals(json);
    });
  }

  /**
   * The same from bytes, where well-formed UTF-8 without a backslash skips the search for
   * unpaired surrogates (escapes are the only way to write one there).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedInUtf8")
  void readLead_malformedJsonInBytes_isMalformedWithoutPointer(String what, String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

    FourfoldJsonException error =
        catchThrowableOfType(FourfoldJsonException.class, () -> JSON.readLead(bytes));

    assertThat(error.code()).isEqualTo(MALFORMED_JSON);
    assertThat(error.pointer()).isNull();
    if (what.contains("surrogate")) {
      assertThat(Utf8.check(bytes)).isEqualTo(Utf8.WELL_FORMED_WITH_BACKSLASH);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notUtf8")
  void readLead_bytesThatAreNotUtf8_isMalformed(String what, byte[] bad) {
    byte[] head = json("{'id':'L-1','context':'").getBytes(StandardCharsets.UTF_8);
    byte[] tail = json("'}").getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[head.length + bad.length + tail.length];
    System.arraycopy(head, 0, input, 0, head.length);
    System.arraycopy(bad, 0, input, head.length, bad.length);
    System.arraycopy(tail, 0, input, head.length + bad.length, tail.length);

    FourfoldJsonException error =
        catchThrowableOfType(FourfoldJsonException.class, () -> JSON.readLead(input));

    assertThat(error.code()).isEqualTo(MALFORMED_JSON);
    assertThat(error.pointer()).isNull();
    assertThat(error.getMessage()).contains("not UTF-8").contains("byte offset 23");
  }

  @Test
  void readLead_utf16Bytes_isMalformed() {
    byte[] utf16 = json("{'id':'L-1'}").getBytes(StandardCharsets.UTF_16LE);

    FourfoldJsonException error =
        catchThrowableOfType(FourfoldJsonException.class, () -> JSON.readLead(utf16));

    assertThat(error.code()).isEqualTo(MALFORMED_JSON);
  }

  /** Jackson's byte parser would detect these encodings and read them; the format is UTF-8. */
  static Stream<Arguments> otherEncodings() {
    String lead = json("{'id':'L-1'}");
    return Stream.of(
        arguments("UTF-16BE", lead.getBytes(StandardCharsets.UTF_16BE)),
        arguments("UTF-16LE", lead.getBytes(StandardCharsets.UTF_16LE)),
        arguments("UTF-16 with a byte order mark", lead.getBytes(StandardCharsets.UTF_16)),
        arguments("UTF-32BE", lead.getBytes(java.nio.charset.Charset.forName("UTF-32BE"))),
        arguments("UTF-32LE", lead.getBytes(java.nio.charset.Charset.forName("UTF-32LE"))),
        arguments("two bytes, the second NUL", new byte[] {'1', 0}),
        arguments("a NUL before the lead", ("\u0000" + lead).getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherEncodings")
  void readLead_bytesInAnotherEncoding_isMalformed(String what, byte[] input) {
    FourfoldJsonException error =
        catchThrowableOfType(FourfoldJsonException.class, () -> JSON.readLead(input));

    assertThat(error.code()).isEqualTo(MALFORMED_JSON);
    assertThat(error.pointer()).isNull();
  }

  @Test
  void readLead_utf16WithByteOrderMark_isNotUtf8AtTheFirstByte() {
    byte[] utf16 = json("{'id':'L-1'}").getBytes(StandardCharsets.UTF_16);

    FourfoldJsonException error =
        catchThrowableOfType(FourfoldJsonException.class, () -> JSON.readLead(utf16));

    assertThat(error.getMessage()).contains("not UTF-8").contains("byte offset 0");
  }

  @Test
  void readLead_byteOrderMarkTwiceInBytes_isMalformed() {
    byte[] lead = json("{'id':'L-1'}").getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[6 + lead.length];
    for (int i = 0; i < 6; i += 3) {
      input[i] = (byte) 0xEF;
      input[i + 1] = (byte) 0xBB;
      input[i + 2] = (byte) 0xBF;
    }
    System.arraycopy(lead, 0, input, 6, lead.length);

    FourfoldJsonException error =
        catchThrowableOfType(FourfoldJsonException.class, () -> JSON.readLead(input));

    assertThat(error.code()).isEqualTo(MALFORMED_JSON);
    assertThat(error.pointer()).isNull();
  }

  /** The bytes are checked before parsing, so bad UTF-8 wins over any error before it. */
  @Test
  void readLead_bytesThatAreNotUtf8AfterOtherErrors_isMalformedWithoutQuotingInput() {
    String secret = "Jane Doe";
    String before = json("{'id':'L-1','company':{'employees':'" + secret + "'},'context':'"
        + "x".repeat(70_000) + "','source':'");
    byte[] head = before.getBytes(StandardCharsets.UTF_8);
    byte[] tail = json("'}").getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, input, 0, head.length);
    input[head.length] = (byte) 0xC0;
    input[head.length + 1] = (byte) 0xAF;
    System.arraycopy(tail, 0, input, head.length + 2, tail.length);

    FourfoldJsonException error =
        catchThrowableOfType(FourfoldJsonException.class, () -> JSON.readLead(input));

    assertThat(error.code()).isEqualTo(MALFORMED_JSON);
    assertThat(error.pointer()).isNull();
    assertThat(error.getMessage())
        .contains("byte offset " + head.length)
        .doesNotContain(secret)
        .doesNotContain("xxx");
  }

  @Test
  void readLead_wellFormedMultiByteUtf8_isReadFromBytesInNamesAndValues() throws Exception {
    String json = json("{'id':'L-\u00e9\u4e2d\ud83d\ude00','attributes':{"
        + "'\u00e9t\u00e9':'\u00c5\u0800\uffff','\ud83d\ude00':'\u007f\u0080'}}");
    String raw = JSON.writeLead(JSON.readLead(json));

    assertThat(raw).contains("\u00e9t\u00e9").contains("\ud83d\ude00");
    assertThat(JSON.readLead(raw.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(JSON.readLead(json));
  }

  static Stream<Arguments> wrongType() {
    return Stream.of(
        arguments(json("[]"), ""),
        arguments(json("[{'id':'L-1'}]"), ""),
        arguments(json("'L-1'"), ""),
        arguments("null", ""),
        arguments("42", ""),
        arguments("true", ""),
        arguments(json("{'id':42}"), "/id"),
        arguments(json("{'id':['L-1']}"), "/id"),
        arguments(json("{'id':'L-1','company':'Foodco'}"), "/company"),
        arguments(json("{'id':'L-1','company':{'employees':'15000'}}"), "/company/employees"),
        arguments(json("{'id':'L-1','company':{'employees':3.0}}"), "/company/employees"),
        arguments(json("{'id':'L-1','company':{'employees':3e0}}"), "/company/employees"),
        arguments(json("{'id':'L-1','company':{'employees':3.5}}"), "/company/employees"),
        arguments(json("{'id':'L-1','company':{'country':528}}"), "/company/country"),
        arguments(json("{'id':'L-1','contact':{'email':true}}"), "/contact/email"),
        arguments(json("{'id':'L-1','demoRequested':'true'}"), "/demoRequested"),
        arguments(json("{'id':'L-1','demoRequested':1}"), "/demoRequested"),
        arguments(json("{'id':'L-1','situation':[]}"), "/situation"),
        arguments(json("{'id':'L-1','situation':{'installedBase':{}}}"), "/situation/installedBase"),
        arguments(json("{'id':'L-1','situation':{'installedBase':[{'name':'belt','ageYears':'12'}]}}"),
            "/situation/installedBase/0/ageYears"),
        arguments(json("{'id':'L-1','problems':{}}"), "/problems"),
        arguments(json("{'id':'L-1','problems':['Belts stop.']}"), "/problems/0"),
        arguments(problem("'cost':{'amount':'15000','currency':'EUR'}"), "/problems/0/cost/amount"),
        arguments(problem("'frequency':{'count':3.0,'per':'YEAR'}"), "/problems/0/frequency/count"),
        arguments(problem("'frequency':{'count':'3','per':'YEAR'}"), "/problems/0/frequency/count"),
        arguments(problem("'timeLost':{'hours':[4]}"), "/problems/0/timeLost/hours"),
        arguments(problem("'visibility':1"), "/problems/0/visibility"),
        arguments(problem("'addressable':'yes'"), "/problems/0/addressable"),
        arguments(trigger("'date':20270915"), "/triggers/0/date"),
        arguments(stakeholder("'roles':'APPROVES'"), "/decisionProcess/stakeholders/0/roles"),
        arguments(stakeholder("'roles':[1]"), "/decisionProcess/stakeholders/0/roles/0"),
        arguments(stakeholder("'approvesAbove':50000"), "/decisionProcess/stakeholders/0/approvesAbove"),
        arguments(stakeholder("'firstContact':'false'"), "/decisionProcess/stakeholders/0/firstContact"),
        arguments(json("{'id':'L-1','attributes':[]}"), "/attributes"),
        arguments(json("{'id':'L-1','attributes':{'tier':1}}"), "/attributes/tier"),
        arguments(json("{'id':'L-1','attributes':{'a/b~c':{}}}"), "/attributes/a~1b~0c"));
  }

  @ParameterizedTest
  @MethodSource("wrongType")
  void readLead_wrongJsonType_isWrongType(String json, String pointer) {
    assertLeadError(json, WRONG_TYPE, pointer);
  }

  static Stream<Arguments> missingRequired() {
    return Stream.of(
        arguments(json("{}"), "/id"),
        arguments(json("{'id':null}"), "/id"),
        arguments(json("{'context':'Asked for a quote'}"), "/id"),
        arguments(json("{'id':'L-1','situation':{'installedBase':[{'supplier':'ACME'}]}}"),
            "/situation/installedBase/0/name"),
        arguments(json("{'id':'L-1','problems':[{}]}"), "/problems/0/statement"),
        arguments(json("{'id':'L-1','problems':[{'statement':null}]}"), "/problems/0/statement"),
        arguments(problem("'cost':{'currency':'EUR'}"), "/problems/0/cost/amount"),
        arguments(problem("'cost':{'amount':15000}"), "/problems/0/cost/currency"),
        arguments(problem("'cost':{}"), "/problems/0/cost/amount"),
        arguments(problem("'frequency':{'per':'YEAR'}"), "/problems/0/frequency/count"),
        arguments(problem("'frequency':{'count':3}"), "/problems/0/frequency/per"),
        arguments(problem("'frequency':{'count':3,'per':null}"), "/problems/0/frequency/per"),
        arguments(problem("'timeLost':{'per':'DAY'}"), "/problems/0/timeLost/hours"),
        arguments(json("{'id':'L-1','triggers':[{'description':'Audit'}]}"), "/triggers/0/kind"),
        arguments(json("{'id':'L-1','triggers':[{'kind':'EVENT'}]}"), "/triggers/0/description"),
        arguments(stakeholder("'approvesAbove':{'amount':50000}"),
            "/decisionProcess/stakeholders/0/approvesAbove/currency"));
  }

  @ParameterizedTest
  @MethodSource("missingRequired")
  void readLead_requiredPropertyAbsentOrNull_isMissingRequired(String json, String pointer) {
    assertLeadError(json, MISSING_REQUIRED, pointer);
  }

  static Stream<Arguments> invalidValue() {
    return Stream.of(
        arguments(json("{'id':''}"), "/id"),
        arguments(json("{'id':' \\t\\u00a0\\u200b\\ufeff\\u3000'}"), "/id"),
        arguments(json("{'id':'" + "x".repeat(201) + "'}"), "/id"),
        arguments(json("{'id':'" + "\uD83D\uDE00".repeat(201) + "'}"), "/id"),
        arguments(json("{'id':'L-1','company':{'employees':-1}}"), "/company/employees"),
        arguments(json("{'id':'L-1','company':{'employees':2147483648}}"), "/company/employees"),
        arguments(json("{'id':'L-1','company':{'employees':99999999999999999999}}"),
            "/company/employees"),
        arguments(json("{'id':'L-1','company':{'country':'nl'}}"), "/company/country"),
        arguments(json("{'id':'L-1','company':{'country':'ZZ'}}"), "/company/country"),
        arguments(json("{'id':'L-1','company':{'country':'NLD'}}"), "/company/country"),
        arguments(json("{'id':'L-1','situation':{'teamSize':-5}}"), "/situation/teamSize"),
        arguments(json("{'id':'L-1','situation':{'inPlaceSince':999}}"), "/situation/inPlaceSince"),
        arguments(json("{'id':'L-1','situation':{'inPlaceSince':10000}}"), "/situation/inPlaceSince"),
        arguments(json("{'id':'L-1','situation':{'installedBase':[{'name':' '}]}}"),
            "/situation/installedBase/0/name"),
        arguments(json("{'id':'L-1','situation':{'installedBase':[{'name':'belt','quantity':0}]}}"),
            "/situation/installedBase/0/quantity"),
        arguments(json("{'id':'L-1','situation':{'installedBase':[{'name':'belt','ageYears':-0.5}]}}"),
            "/situation/installedBase/0/ageYears"),
        arguments(json("{'id':'L-1','situation':{'installedBase':[null]}}"),
            "/situation/installedBase/0"),
        arguments(json("{'id':'L-1','problems':[null]}"), "/problems/0"),
        arguments(json("{'id':'L-1','problems':[{'statement':'\\n'}]}"), "/problems/0/statement"),
        arguments(problem("'frequency':{'count':-1,'per':'YEAR'}"), "/problems/0/frequency/count"),
        arguments(problem("'frequency':{'count':3,'per':'OCCURRENCE'}"), "/problems/0/frequency/per"),
        arguments(problem("'frequency':{'count':3,'per':'year'}"), "/problems/0/frequency/per"),
        arguments(problem("'visibility':'visible'"), "/problems/0/visibility"),
        arguments(problem("'visibility':'Visible'"), "/problems/0/visibility"),
        arguments(problem("'visibility':' VISIBLE'"), "/problems/0/visibility"),
        arguments(problem("'category':'BREAKDOWN'"), "/problems/0/category"),
        arguments(problem("'basis':'GUESSED'"), "/problems/0/basis"),
        arguments(problem("'cost':{'amount':-1,'currency':'EUR'}"), "/problems/0/cost/amount"),
        arguments(problem("'cost':{'amount':-0.01,'currency':'EUR'}"), "/problems/0/cost/amount"),
        arguments(problem("'cost':{'amount':1e9999999999,'currency':'EUR'}"),
            "/problems/0/cost/amount"),
        arguments(problem("'cost':{'amount':15000,'currency':'eur'}"), "/problems/0/cost/currency"),
        arguments(problem("'cost':{'amount':15000,'currency':'EURO'}"), "/problems/0/cost/currency"),
        arguments(problem("'cost':{'amount':15000,'currency':'ABC'}"), "/problems/0/cost/currency"),
        arguments(problem("'cost':{'amount':15000,'currency':'EUR','per':'HOUR'}"),
            "/problems/0/cost/per"),
        arguments(problem("'timeLost':{'hours':-2}"), "/problems/0/timeLost/hours"),
        arguments(trigger("'date':'2027-02-30'"), "/triggers/0/date"),
        arguments(trigger("'date':'2027-9-15'"), "/triggers/0/date"),
        arguments(trigger("'date':'0000-01-01'"), "/triggers/0/date"),
        arguments(trigger("'date':'+12027-01-01'"), "/triggers/0/date"),
        arguments(trigger("'date':'2027-09-15T00:00'"), "/triggers/0/date"),
        arguments(trigger("'date':'2027-09-15 '"), "/triggers/0/date"),
        arguments(trigger("'date':'２０２７-09-15'"), "/triggers/0/date"),
        arguments(trigger("'date':''"), "/triggers/0/date"),
        arguments(json("{'id':'L-1','triggers':[{'kind':'deadline','description':'Audit'}]}"),
            "/triggers/0/kind"),
        arguments(json("{'id':'L-1','triggers':[{'kind':'EVENT','description':''}]}"),
            "/triggers/0/description"),
        arguments(json("{'id':'L-1','decisionProcess':{'decisionBy':'2027-13-01'}}"),
            "/decisionProcess/decisionBy"),
        arguments(stakeholder("'group':'BOARD'"), "/decisionProcess/stakeholders/0/group"),
        arguments(stakeholder("'roles':['APPROVES',null]"), "/decisionProcess/stakeholders/0/roles/1"),
        arguments(stakeholder("'roles':['SIGNS']"), "/decisionProcess/stakeholders/0/roles/0"),
        arguments(stakeholder("'approvesAbove':{'amount':50000,'currency':'XXX1'}"),
            "/decisionProcess/stakeholders/0/approvesAbove/currency"),
        arguments(stakeholder("'approvesAbove':{'amount':-50000,'currency':'EUR'}"),
            "/decisionProcess/stakeholders/0/approvesAbove/amount"));
  }

  @ParameterizedTest
  @MethodSource("invalidValue")
  void readLead_rightTypeButNotAllowed_isInvalidValue(String json, String pointer) {
    assertLeadError(json, INVALID_VALUE, pointer);
  }

  static Stream<Arguments> duplicateProperty() {
    return Stream.of(
        arguments(json("{'id':'L-1','id':'L-2'}"), "/id"),
        arguments(json("{'id':'L-1','id':'L-1'}"), "/id"),
        arguments(json("{'id':'L-1','\\u0069d':'L-2'}"), "/id"),
        arguments(json("{'id':'L-1','company':null,'company':{}}"), "/company"),
        arguments(json("{'id':'L-1','company':{'name':'A','name':'B'}}"), "/company/name"),
        arguments(problem("'cost':{'amount':1,'amount':2,'currency':'EUR'}"),
            "/problems/0/cost/amount"),
        arguments(json("{'id':'L-1','attributes':{'tier':'A','tier':'B'}}"), "/attributes/tier"),
        arguments(json("{'id':'L-1','attributes':{'tier':null,'tier':null}}"), "/attributes/tier"),
        arguments(json("{'id':'L-1','crm':{'owner':'A','owner':'B'}}"), "/crm/owner"),
        arguments(json("{'id':'L-1','crm':[{'x':{'y':1,'y':2}}]}"), "/crm/0/x/y"),
        // Escaped names are compared after unescaping, known or not.
        arguments(json("{'i\\u0064':'L-1','id':'L-2'}"), "/id"),
        arguments(json("{'id':'L-1','x\\u0079':1,'xy':2}"), "/xy"),
        arguments(json("{'id':'L-1','attributes':{'t\\u0069er':'A','tier':'B'}}"),
            "/attributes/tier"),
        // The last name of a type's table, and names of other types used as unknown ones.
        arguments(json("{'id':'L-1','attributes':null,'attributes':{}}"), "/attributes"),
        arguments(problem("'basis':'STATED','basis':'ASSUMED'"), "/problems/0/basis"),
        arguments(stakeholder("'basis':'STATED','roles':[],'basis':'STATED'"),
            "/decisionProcess/stakeholders/0/basis"),
        arguments(json("{'id':'L-1','company':{'name':'A','email':'x','email':'y'}}"),
            "/company/email"),
        // Unknown names: the first, the second and a later one repeated.
        arguments(json("{'id':'L-1','x':1,'y':2,'x':3}"), "/x"),
        arguments(json("{'id':'L-1','x':1,'y':2,'z':3,'y':4}"), "/y"),
        arguments(json("{'id':'L-1','x':1,'id':'L-2','y':2,'x':3}"), "/id"),
        arguments(json("{'id':'L-1','attributes':{'a':'1','b':'2','c':'3','b':'4'}}"),
            "/attributes/b"),
        arguments(json("{'id':'L-1','attributes':{'a':'1','b':null,'a':null}}"), "/attributes/a"),
        arguments(json("{'id':'L-1','attributes':{'tier':'A','tier':7}}"), "/attributes/tier"),
        // Sibling and nested objects each have their own names.
        arguments(json("{'id':'L-1','crm':[{'a':1,'b':2},{'a':1,'b':{'a':1,'b':2,'a':3}}]}"),
            "/crm/1/b/a"),
        arguments(json("{'id':'L-1','problems':[{'statement':'a','x':1},"
            + "{'statement':'b','x':1,'cost':{'amount':1,'currency':'EUR','currency':'EUR'}}]}"),
            "/problems/1/cost/currency"));
  }

  @ParameterizedTest
  @MethodSource("duplicateProperty")
  void readLead_nameTwiceInOneObject_isDuplicateProperty(String json, String pointer) {
    assertLeadError(json, DUPLICATE_PROPERTY, pointer);
  }

  @ParameterizedTest
  @MethodSource("duplicateProperty")
  void readLead_nameTwiceInOneObject_isDuplicatePropertyFromBytesAndThroughTheModule(
      String json, String pointer) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    FourfoldJsonException fromBytes =
        catchThrowableOfType(FourfoldJsonException.class, () -> JSON.readLead(bytes));
    FourfoldJsonException throughTheModule =
        catchThrowableOfType(
            FourfoldJsonException.class, () -> mapperWithModule().readValue(bytes, Lead.class));

    for (FourfoldJsonException error : List.of(fromBytes, throughTheModule)) {
      assertThat(error).isNotNull();
      assertThat(error.code()).as(error.getMessage()).isEqualTo(DUPLICATE_PROPERTY);
      assertThat(error.pointer()).isEqualTo(pointer);
    }
  }

  @Test
  void readResult_nameTwiceInOneObject_isDuplicateProperty() {
    String result = json("{'leadId':'L-1','verdict':'SQL','asOf':'2027-03-01','criteria':[],"
        + "'qualifier':'q','warnings':[{'code':'A','message':'m','code':'B'}]}");

    FourfoldJsonException error =
        catchThrowableOfType(FourfoldJsonException.class, () -> JSON.readResult(result));

    assertThat(error.code()).isEqualTo(DUPLICATE_PROPERTY);
    assertThat(error.pointer()).isEqualTo("/warnings/0/code");
  }

  static Stream<Arguments> unknownProperty() {
    return Stream.of(
        arguments(json("{'id':'L-1','crmOwner':'Sam'}"), "/crmOwner"),
        arguments(json("{'id':'L-1','Id':'L-1'}"), "/Id"),
        arguments(json("{'id':'L-1','company':{'vat':'NL1'}}"), "/company/vat"),
        arguments(problem("'cost':{'amount':1,'currency':'EUR','vat':true}"),
            "/problems/0/cost/vat"),
        arguments(stakeholder("'approvesAbove':{'amount':1,'currency':'EUR','per':'YEAR'}"),
            "/decisionProcess/stakeholders/0/approvesAbove/per"),
        arguments(json("{'id':'L-1','crmOwner':null}"), "/crmOwner"));
  }

  @ParameterizedTest
  @MethodSource("unknownProperty")
  void readLead_strictUnknownProperty_isUnknownProperty(String json, String pointer) {
    assertLeadError(STRICT, json, UNKNOWN_PROPERTY, pointer);
  }

  @ParameterizedTest
  @MethodSource("unknownProperty")
  void readLead_lenientUnknownProperty_isIgnored(String json, String pointer) throws Exception {
    assertThat(JSON.readLead(json).id()).isEqualTo("L-1");
  }

  @Test
  void readLead_strictAttributes_acceptAnyKey() throws Exception {
    assertThat(STRICT.readLead(json("{'id':'L-1','attributes':{'crmOwner':'Sam','':'x'}}"))
            .attributes())
        .containsEntry("crmOwner", "Sam")
        .containsEntry("", "x");
  }

  // ---------------------------------------------------------------- precedence

  static Stream<Arguments> precedence() {
    return Stream.of(
        // The first error in document order wins.
        arguments("first of two", json("{'company':{'employees':-1},'id':5}"),
            INVALID_VALUE, "/company/employees"),
        arguments("wrong type before missing id", json("{'problems':5}"), WRONG_TYPE, "/problems"),
        arguments("inside before missing", problem("'visibility':'NOPE'}],'x':[{") ,
            INVALID_VALUE, "/problems/0/visibility"),
        arguments("missing found at the end of its object",
            json("{'id':'L-1','problems':[{'visibility':'NOPE'}]}"),
            INVALID_VALUE, "/problems/0/visibility"),
        arguments("missing before a later sibling",
            json("{'id':'L-1','problems':[{}],'triggers':[5]}"),
            MISSING_REQUIRED, "/problems/0/statement"),
        arguments("missing id after everything",
            json("{'problems':[{'statement':'x'}],'triggers':[{'kind':'EVENT','description':'y'}]}"),
            MISSING_REQUIRED, "/id"),
        arguments("duplicate after an earlier error",
            json("{'id':5,'id':'L-1'}"), WRONG_TYPE, "/id"),
        arguments("strict unknown before a later error",
            json("{'id':'L-1','crm':1,'company':{'employees':-1}}"), UNKNOWN_PROPERTY, "/crm"),
        // Malformed JSON and limits win over any earlier error.
        arguments("malformed after a wrong type", json("{'id':5,'company':{]}"),
            MALFORMED_JSON, null),
        arguments("trailing content after an invalid lead", json("{'id':''} x"),
            MALFORMED_JSON, null),
        arguments("an unpaired surrogate after a missing property",
            json("{'problems':[{}],'context':'\\ud800'}"), MALFORMED_JSON, null),
        arguments("a limit after a wrong type",
            json("{'id':5,'crm':" + "1".repeat(65) + "}"), LIMIT_EXCEEDED, "/crm"),
        arguments("a limit inside a duplicate",
            json("{'id':'L-1','id':'" + "x".repeat(65_537) + "'}"), LIMIT_EXCEEDED, "/id"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("precedence")
  void readLead_severalErrors_reportsTheOneTheSpecPicks(
      String what, String json, JsonErrorCode code, @Nullable String pointer) {
    assertLeadError(STRICT, json, code, pointer);
  }

  // ---------------------------------------------------------------- messages and ids

  /** Inputs whose offending values and names all contain the marker {@code Zq9}. */
  static Stream<String> markedInputs() {
    return Stream.of(
        json("{'id':'L-1','company':{'country':'Zq9'}}"),
        json("{'id':'L-1','contact':{'email':['Zq9@example.com']}}"),
        json("{'id':'L-1','problems':[{'statement':'x','visibility':'Zq9'}]}"),
        json("{'id':'L-1','triggers':[{'kind':'EVENT','description':'x','date':'Zq9'}]}"),
        json("{'id':'L-1','attributes':{'Zq9':5}}"),
        json("{'id':'L-1','Zq9secret':1}"),
        json("{'id':'L-1','crm':{'Zq9':1,'Zq9':2}}"),
        json("{'id':'L-1','Zq9/owner':{'name':'x','name':'y'}}"),
        json("{'id':'L-1','crm':{'problems':{'0':{'Zq9':1,'Zq9':1}}}}"),
        json("{'id':'Zq9    ','problems':[{'statement':'Zq9 Sam Visser','cost':{'amount':'Zq9'}}]}"),
        json("{'id':'Zq9','company':{'employees':-9}}"),
        json("{'id':'Zq9','context':'Zq9 \\ud800'}"),
        json("{'id':'Zq9','context':'Zq9'} Zq9"),
        json("{'id':'Zq9','context':'Zq9" + "x".repeat(65_536) + "'}"),
        json("{'id':'Zq9','Zq9" + "x".repeat(256) + "':1}"),
        json("{'id':'Zq9','context':Zq9}"),
        "{'id':'Zq9'}");
  }

  @ParameterizedTest
  @MethodSource("markedInputs")
  void message_invalidInput_neverQuotesTheInput(String json) {
    FourfoldJsonException error = leadError(STRICT, json);

    assertThat(error.getMessage()).doesNotContain("Zq9").doesNotContain("Sam");
    assertThat(error.detail()).doesNotContain("Zq9");
    assertThat(error.toString()).doesNotContain("Zq9");
    assertThat(error.getCause()).isNull();
  }

  @Test
  void message_namesCodePointerAndExpectation() {
    FourfoldJsonException error =
        leadError(problem("'frequency':{'count':-1,'per':'YEAR'}"));

    assertThat(error.getMessage())
        .isEqualTo("INVALID_VALUE at \"/problems/0/frequency/count\": expected an integer from 0"
            + " to 2147483647");
  }

  @Test
  void message_unknownNamesAndAttributeKeys_areMasked() {
    FourfoldJsonException unknown =
        leadError(json("{'id':'L-1','crm':{'owner':{'a':1,'a':2}}}"));
    FourfoldJsonException attribute = leadError(json("{'id':'L-1','attributes':{'name':1}}"));

    assertThat(unknown.pointer()).isEqualTo("/crm/owner/a");
    assertThat(unknown.getMessage()).startsWith("DUPLICATE_PROPERTY at \"/*/*/*\": ");
    assertThat(attribute.pointer()).isEqualTo("/attributes/name");
    assertThat(attribute.getMessage()).startsWith("WRONG_TYPE at \"/attributes/*\": ");
  }

  @Test
  void leadId_readBeforeOrAfterTheError_isReported() {
    assertThat(leadError(trigger("'date':'2027-02-30'")).leadId()).isEqualTo("L-1");
    assertThat(leadError(json("{'company':5,'id':'L-7'}")).leadId()).isEqualTo("L-7");
    assertThat(leadError(json("{'id':'L-7','context':'x'} trailing")).leadId()).isEqualTo("L-7");
    assertThat(leadError(json("{'id':'L-7','context':'\\ud800'}")).leadId()).isEqualTo("L-7");
  }

  @Test
  void leadId_invalidOrUnread_isNull() {
    assertThat(leadError(json("{'id':' ','company':5}")).leadId()).isNull();
    assertThat(leadError(json("{'context':'\\ud800','id':'L-7'}")).leadId()).isNull();
    assertThat(leadError("[]").leadId()).isNull();
  }

  @ParameterizedTest
  @EnumSource(JsonErrorCode.class)
  void errorCode_everyCode_isCoveredAbove(JsonErrorCode code) {
    // LIMIT_EXCEEDED has its own test class (LimitsTest); the rest have a method source here.
    assertThat(code.name())
        .isIn("MALFORMED_JSON", "WRONG_TYPE", "MISSING_REQUIRED", "INVALID_VALUE",
            "DUPLICATE_PROPERTY", "UNKNOWN_PROPERTY", "LIMIT_EXCEEDED");
  }
}
