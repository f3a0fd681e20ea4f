package io.github.fourfold.jackson;

import io.github.fourfold.json.JsonErrorCode;
import static io.github.fourfold.json.JsonErrorCode.INVALID_VALUE;
import static io.github.fourfold.json.JsonErrorCode.LIMIT_EXCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fourfold.model.Lead;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The reader's limits, each tested at the limit and one past it: document size, nesting depth,
 * string length, property-name length and number length; defaults and configured values; and the
 * parser's guard against names with colliding hashes.
 */
final class LimitsTest extends ModuleTestBase {
  private static final int MIB = 1_048_576;
  private static final String EMOJI = "\uD83D\uDE00";

  /** A lead of exactly {@code bytes} bytes of UTF-8, padded with strings of {@code filler}. */
  static String leadOfBytes(int bytes, char filler) {
    int width = String.valueOf(filler).getBytes(StandardCharsets.UTF_8).length;
    StringBuilder lead = new StringBuilder(json("{'id':'L-1','padding':["));
    int closing = 2;
    boolean first = true;
    while (true) {
      int room = bytes - utf8(lead) - closing - (first ? 0 : 1) - 2;
      if (room < 0) {
        throw new IllegalArgumentException("cannot pad to " + bytes);
      }
      int chars = Math.min(room / width, 60_000);
      if (!first) {
        lead.append(',');
      }
      lead.append('"');
      lead.append(String.valueOf(filler).repeat(chars));
      int rest = room - chars * width;
      if (chars < 60_000) {
        lead.append("x".repeat(rest));
      }
      lead.append('"');
      first = false;
      if (utf8(lead) + closing == bytes) {
        return lead.append("]}").toString();
      }
    }
  }

  private static int utf8(CharSequence text) {
    return text.toString().getBytes(StandardCharsets.UTF_8).length;
  }

  // ---------------------------------------------------------------- document size

  @Test
  void readLead_documentOfOneMebibyte_isRead() throws Exception {
    String lead = leadOfBytes(MIB, 'x');

    assertThat(lead.getBytes(StandardCharsets.UTF_8)).hasSize(MIB);
    assertThat(JSON.readLead(lead).id()).isEqualTo("L-1");
    assertThat(JSON.readLead(lead.getBytes(StandardCharsets.UTF_8)).id()).isEqualTo("L-1");
    assertThat(JSON.readLead(new StringReader(lead)).id()).isEqualTo("L-1");
    assertThat(JSON.readLead(stream(lead)).id()).isEqualTo("L-1");
    assertThat(JSON.mapper().readValue(lead, Lead.class).id()).isEqualTo("L-1");
    assertThat(mapperWithModule().readValue(lead, Lead.class).id()).isEqualTo("L-1");
  }

  @Test
  void readLead_documentOneBytePastTheLimit_isLimitExceeded() {
    String lead = leadOfBytes(MIB + 1, 'x');

    assertLeadError(lead, LIMIT_EXCEEDED, null);
    assertThat(error(() -> JSON.readLead(lead.getBytes(StandardCharsets.UTF_8))).code())
        .isEqualTo(LIMIT_EXCEEDED);
    assertThat(error(() -> JSON.readLead(new StringReader(lead))).code())
        .isEqualTo(LIMIT_EXCEEDED);
    assertThat(error(() -> JSON.readLead(stream(lead))).code()).isEqualTo(LIMIT_EXCEEDED);
    assertThat(error(() -> mapperWithModule().readValue(lead, Lead.class)).code())
        .isEqualTo(LIMIT_EXCEEDED);
  }

  @Test
  void readLead_documentSize_isCountedInUtf8Bytes() throws Exception {
    String atLimit = leadOfBytes(MIB, 'é');
    String pastLimit = leadOfBytes(MIB + 1, 'é');

    assertThat(atLimit.length()).isLessThan(MIB);
    assertThat(JSON.readLead(atLimit).id()).isEqualTo("L-1");
    assertThat(pastLimit.length()).isLessThan(MIB);
    assertLeadError(pastLimit, LIMIT_EXCEEDED, null);
  }

  @Test
  void readLead_streamFarPastTheLimit_stopsReadingEarly() {
    CountingInputStream endless = new CountingInputStream();

    assertThat(error(() -> JSON.readLead(endless)).code()).isEqualTo(LIMIT_EXCEEDED);
    assertThat(endless.read).isEqualTo(MIB + 1);
  }

  /** Spaces without end, counting what was read. */
  private static final class CountingInputStream extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) ' ');
      read += len;
      return len;
    }
  }

  @Test
  void module_documentSize_isPerLeadInsideAnArray() throws Exception {
    String lead = leadOfBytes(MIB / 2 + 1000, 'x');
    String twoLeads = "[" + lead + "," + lead + "]";

    Lead[] leads = mapperWithModule().readValue(twoLeads, Lead[].class);

    assertThat(leads).hasSize(2);
    String tooLarge = "[" + lead + "," + leadOfBytes(MIB + 1, 'x') + "]";
    assertThat(error(() -> mapperWithModule().readValue(tooLarge, Lead[].class)).code())
        .isEqualTo(LIMIT_EXCEEDED);
  }

  // ---------------------------------------------------------------- nesting depth

  /** A lead whose unknown property holds arrays nested so that the deepest is at {@code depth}. */
  static String leadOfDepth(int depth) {
    int arrays = depth - 1;
    return json("{'id':'L-1','nested':") + "[".repeat(arrays) + "]".repeat(arrays) + "}";
  }

  @Test
  void readLead_nestingDepth32_isRead() throws Exception {
    assertThat(JSON.readLead(leadOfDepth(32)).id()).isEqualTo("L-1");
    assertThat(mapperWithModule().readValue(leadOfDepth(32), Lead.class).id()).isEqualTo("L-1");
    assertThat(JSON.mapper().readValue(leadOfDepth(32), Lead.class).id()).isEqualTo("L-1");
  }

  @Test
  void readLead_nestingDepth33_isLimitExceededAtTheDeepestContainer() {
    String pointer = "/nested" + "/0".repeat(31);

    assertLeadError(leadOfDepth(33), LIMIT_EXCEEDED, pointer);
    assertThat(error(() -> mapperWithModule().readValue(leadOfDepth(33), Lead.class)).pointer())
        .isEqualTo(pointer);
    assertThat(error(() -> JSON.mapper().readValue(leadOfDepth(33), Lead.class)).pointer())
        .isEqualTo(pointer);
  }

  @Test
  void readLead_deepObjectsInsteadOfArrays_countTheSame() throws Exception {
    String ok = json("{'id':'L-1','n':") + json("{'a':").repeat(31) + "1" + "}".repeat(31) + "}";
    String deep = json("{'id':'L-1','n':") + json("{'a':").repeat(32) + "1" + "}".repeat(32) + "}";

    assertThat(JSON.readLead(ok).id()).isEqualTo("L-1");
    assertLeadError(deep, LIMIT_EXCEEDED, "/n" + "/a".repeat(31));
  }

  @Test
  void module_nestingDepth_isRelativeToTheLead() throws Exception {
    String wrapped = "[[[" + leadOfDepth(32) + "]]]";

    Lead[][][] leads = mapperWithModule().readValue(wrapped, Lead[][][].class);

    assertThat(leads[0][0][0].id()).isEqualTo("L-1");
  }

  // ---------------------------------------------------------------- strings

  @Test
  void readLead_stringOf65536CodePoints_isRead() throws Exception {
    String ascii = json("{'id':'L-1','context':'" + "x".repeat(65_536) + "'}");
    String emoji = json("{'id':'L-1','context':'" + EMOJI.repeat(65_536) + "'}");

    assertThat(JSON.readLead(ascii).context()).hasSize(65_536);
    assertThat(JSON.readLead(emoji).context()).hasSize(131_072);
  }

  @Test
  void readLead_stringOf65537CodePoints_isLimitExceeded() {
    assertLeadError(json("{'id':'L-1','context':'" + "x".repeat(65_537) + "'}"),
        LIMIT_EXCEEDED, "/context");
    assertLeadError(json("{'id':'L-1','context':'" + EMOJI.repeat(65_537) + "'}"),
        LIMIT_EXCEEDED, "/context");
    assertLeadError(json("{'id':'L-1','attributes':{'note':'" + "x".repeat(65_537) + "'}}"),
        LIMIT_EXCEEDED, "/attributes/note");
    assertLeadError(json("{'id':'L-1','crm':['" + "x".repeat(65_537) + "']}"),
        LIMIT_EXCEEDED, "/crm/0");
  }

  @Test
  void readLead_escapedCharacters_countAsOneCodePointEach() throws Exception {
    String escaped = json("{'id':'L-1','context':'" + "\\u0041".repeat(65_536) + "'}");

    assertThat(JSON.readLead(escaped).context()).hasSize(65_536);
  }

  // ---------------------------------------------------------------- property names

  @Test
  void readLead_nameOf256CodePoints_isRead() throws Exception {
    assertThat(JSON.readLead(json("{'id':'L-1','" + "n".repeat(256) + "':1}")).id())
        .isEqualTo("L-1");
    assertThat(JSON.readLead(json("{'id':'L-1','" + EMOJI.repeat(256) + "':1}")).id())
        .isEqualTo("L-1");
    assertThat(JSON.readLead(json("{'id':'L-1','attributes':{'" + "n".repeat(256) + "':'v'}}"))
            .attributes())
        .hasSize(1);
  }

  @Test
  void readLead_nameOf256WideCodePoints_isReadFromBytesAsFromText() throws Exception {
    // 256 code points of three and four bytes each: the limit counts code points, not bytes.
    for (String wide : new String[] {"\u4E2D", EMOJI}) {
      String name = wide.repeat(256);
      String lead = json("{'id':'L-1','attributes':{'" + name + "':'v'}}");
      assertThat(JSON.readLead(lead.getBytes(StandardCharsets.UTF_8)).attributes()).containsKey(name);
      assertThat(JSON.readLead(new ByteArrayInputStream(lead.getBytes(StandardCharsets.UTF_8))).attributes())
          .containsKey(name);
      assertThat(JSON.readLead(lead).attributes()).containsKey(name);
      String over = json("{'id':'L-1','attributes':{'" + name + wide + "':'v'}}");
      FourfoldJsonException error = catchThrowableOfType(FourfoldJsonException.class,
          () -> JSON.readLead(over.getBytes(StandardCharsets.UTF_8)));
      assertThat(error.code()).isEqualTo(LIMIT_EXCEEDED);
      assertThat(error.pointer()).isEqualTo("/attributes");
    }
  }

  @Test
  void readLead_nameOf257CodePoints_isLimitExceededAtItsObject() {
    assertLeadError(json("{'id':'L-1','" + "n".repeat(257) + "':1}"), LIMIT_EXCEEDED, "");
    assertLeadError(json("{'id':'L-1','" + EMOJI.repeat(257) + "':1}"), LIMIT_EXCEEDED, "");
    assertLeadError(json("{'id':'L-1','company':{'" + "n".repeat(257) + "':1}}"),
        LIMIT_EXCEEDED, "/company");
    assertLeadError(json("{'id':'L-1','attributes':{'" + "n".repeat(257) + "':'v'}}"),
        LIMIT_EXCEEDED, "/attributes");
  }

  // ---------------------------------------------------------------- numbers

  /** A decimal literal of exactly {@code length} characters. */
  private static String numberOf(int length) {
    return "1." + "5".repeat(length - 2);
  }

  @Test
  void readLead_amountOf64Characters_isReadExactly() throws Exception {
    String amount = numberOf(64);

    Lead lead = JSON.readLead(json("{'id':'L-1','problems':[{'statement':'x','cost':{'amount':"
        + amount + ",'currency':'EUR'}}]}"));

    assertThat(Objects.requireNonNull(lead.problems().get(0).cost()).amount())
        .isEqualTo(new BigDecimal(amount));
  }

  @Test
  void readLead_amountOf65Characters_isLimitExceeded() {
    assertLeadError(json("{'id':'L-1','problems':[{'statement':'x','cost':{'amount':"
            + numberOf(65) + ",'currency':'EUR'}}]}"),
        LIMIT_EXCEEDED, "/problems/0/cost/amount");
    assertLeadError(json("{'id':'L-1','problems':[{'statement':'x','cost':{'amount':1"
            + "0".repeat(64) + ",'currency':'EUR'}}]}"),
        LIMIT_EXCEEDED, "/problems/0/cost/amount");
    assertLeadError(json("{'id':'L-1','problems':[{'statement':'x','cost':{'amount':1e"
            + "1".repeat(63) + ",'currency':'EUR'}}]}"),
        LIMIT_EXCEEDED, "/problems/0/cost/amount");
  }

  @Test
  void readLead_integersAtTheNumberLimit_areRangeCheckedNotLimited() {
    assertLeadError(json("{'id':'L-1','company':{'employees':" + "9".repeat(64) + "}}"),
        INVALID_VALUE, "/company/employees");
    assertLeadError(json("{'id':'L-1','company':{'employees':-" + "9".repeat(63) + "}}"),
        INVALID_VALUE, "/company/employees");
    assertLeadError(json("{'id':'L-1','company':{'employees':" + "9".repeat(65) + "}}"),
        LIMIT_EXCEEDED, "/company/employees");
    assertLeadError(json("{'id':'L-1','company':{'employees':-" + "9".repeat(64) + "}}"),
        LIMIT_EXCEEDED, "/company/employees");
  }

  @Test
  void readLead_longNumberInsideAnArray_isLimitExceededAtIt() {
    assertLeadError(json("{'id':'L-1','crm':[1,2," + "3".repeat(65) + "]}"),
        LIMIT_EXCEEDED, "/crm/2");
  }

  // ---------------------------------------------------------------- configured limits

  @Test
  void builder_configuredLimits_applyAtAndPastEachLimit() throws Exception {
    FourfoldJson small =
        FourfoldJson.builder()
            .maxDocumentBytes(200)
            .maxNestingDepth(3)
            .maxStringLength(10)
            .maxNameLength(5)
            .maxNumberLength(4)
            .build();

    assertThat(small.readLead(json("{'id':'0123456789','c':[[1234]],'abcde':1}")).id())
        .isEqualTo("0123456789");
    assertLeadError(small, json("{'id':'01234567890'}"), LIMIT_EXCEEDED, "/id");
    assertLeadError(small, json("{'id':'L','c':[[[]]]}"), LIMIT_EXCEEDED, "/c/0/0");
    assertLeadError(small, json("{'id':'L','abcdef':1}"), LIMIT_EXCEEDED, "");
    assertLeadError(small, json("{'id':'L','c':12345}"), LIMIT_EXCEEDED, "/c");
    assertLeadError(small, json("{'id':'L','c':-1234}"), LIMIT_EXCEEDED, "/c");
    String lead = json("{'id':'L','c':'" + "x".repeat(10) + "'}");
    assertThat(small.readLead(lead + " ".repeat(200 - lead.length())).id()).isEqualTo("L");
    assertLeadError(small, lead + " ".repeat(201 - lead.length()), LIMIT_EXCEEDED, null);
  }

  @Test
  void builder_limitsOutOfRange_areRejected() {
    assertThatThrownBy(() -> FourfoldJson.builder().maxDocumentBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentBytes must be from 1 to 2147483639");
    assertThatThrownBy(() -> FourfoldJson.builder().maxNestingDepth(1001))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FourfoldJson.builder().maxStringLength(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FourfoldJson.builder().maxNameLength(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FourfoldJson.builder().maxNumberLength(1001))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fourfoldJson_limits_leaveJacksonsGlobalDefaultsAlone() throws Exception {
    StreamReadConstraints before = StreamReadConstraints.defaults();

    FourfoldJson.builder().maxNumberLength(4).maxNestingDepth(2).build().mapper();
    JSON.readLead(json("{'id':'L-1'}"));

    StreamReadConstraints after = new JsonFactory().streamReadConstraints();
    assertThat(after.getMaxNumberLength()).isEqualTo(before.getMaxNumberLength()).isNotEqualTo(4);
    assertThat(after.getMaxNestingDepth()).isEqualTo(before.getMaxNestingDepth());
    assertThat(after.getMaxStringLength()).isEqualTo(before.getMaxStringLength());
    assertThat(after.getMaxDocumentLength()).isEqualTo(before.getMaxDocumentLength());
    assertThat(new ObjectMapper().readTree("[" + "1".repeat(100) + "]")).hasSize(1);
  }

  // ---------------------------------------------------------------- the parser's symbol table

  /**
   * {@code 2^k} distinct names of {@code 2k} characters whose hashes in Jackson's table of
   * canonical names for text input collide whatever its seed: that hash is {@code h * 33 + c}
   * per character, and the blocks "Ab" and "BA" add the same to it.
   */
  private static String leadWithCollidingNames(int k) {
    StringBuilder lead = new StringBuilder(json("{'id':'L-1','crm':{'a':1"));
    for (int m = 0; m < 1 << k; m++) {
      lead.append(",\"");
      for (int b = 0; b < k; b++) {
        lead.append((m >> b & 1) == 0 ? "Ab" : "BA");
      }
      lead.append("\":0");
    }
    return lead.append("}}").toString();
  }

  /**
   * Text input has no shared table of canonical names, whose guard would reject such a lead and,
   * once it had, could reject later valid ones; byte input has one, seeded, where these names do
   * not collide. Either way each read has the same outcome whatever was read before it.
   */
  @Test
  void readLead_namesWithCollidingHashes_areReadAndLeaveNothingBehind() throws Exception {
    String flood = leadWithCollidingNames(10);
    for (int round = 0; round < 3; round++) {
      for (int k : new int[] {10, 6, 8, 7, 9}) {
        String lead = leadWithCollidingNames(k);
        assertThat(JSON.readLead(lead).id()).isEqualTo("L-1");
        assertThat(JSON.readLead(lead.getBytes(StandardCharsets.UTF_8)).id()).isEqualTo("L-1");
        assertThat(JSON.readLead(new StringReader(lead)).id()).isEqualTo("L-1");
        assertThat(JSON.readLead(stream(lead)).id()).isEqualTo("L-1");
      }
    }
    assertThat(JSON.mapper().readValue(flood, Lead.class).id()).isEqualTo("L-1");
  }

  /**
   * The table for byte input is seeded per parser factory, so its guard cannot be set off on
   * purpose in a test; the parser below fails as that guard fails, at the same place.
   */
  @Test
  void module_symbolTableGuard_isLimitExceededAtTheObject() throws Exception {
    ObjectMapper mapper = mapperWithModule();
    String json = json("{'id':'L-1','company':{'name':'A','industry':'B'}}");
    JsonParser guarded =
        new JsonParserDelegate(mapper.getFactory().createParser(json)) {
          @Override
          public JsonToken nextToken() throws IOException {
            if ("name".equals(delegate.currentName())
                && delegate.currentToken() == JsonToken.VALUE_STRING) {
              throw new StreamConstraintsException("Spill-over slots in symbol table with 1024"
                  + " entries, hash area of 2048 slots is now full (all 256 slots -- suspect a"
                  + " DoS attack based on hash collisions.");
            }
            return delegate.nextToken();
          }
        };

    FourfoldJsonException error = error(() -> mapper.readValue(guarded, Lead.class));

    assertThat(error.code()).isEqualTo(LIMIT_EXCEEDED);
    assertThat(error.pointer()).isEqualTo("/company");
  }

  /** Before Jackson 2.16 the guard threw IllegalStateException, as rehashing still can. */
  @Test
  void module_illegalStateOfTheSymbolTable_isLimitExceededAndOtherwiseRethrown() throws Exception {
    ObjectMapper mapper = mapperWithModule();
    String json = json("{'id':'L-1','company':{'name':'A','industry':'B'}}");
    for (String thrower : new String[] {
        "com.fasterxml.jackson.core.sym.CharsToNameCanonicalizer", "com.example.Elsewhere"}) {
      JsonParser failing =
          new JsonParserDelegate(mapper.getFactory().createParser(json)) {
            @Override
            public JsonToken nextToken() throws IOException {
              if ("name".equals(delegate.currentName())
                  && delegate.currentToken() == JsonToken.VALUE_STRING) {
                IllegalStateException e = new IllegalStateException("Internal error");
                e.setStackTrace(new StackTraceElement[] {
                    new StackTraceElement(thrower, "rehash", null, -1)});
                throw e;
              }
              return delegate.nextToken();
            }
          };

      Throwable thrown = catchThrowable(() -> mapper.readValue(failing, Lead.class));

      if (thrower.startsWith("com.fasterxml")) {
        assertThat(thrown).isInstanceOf(FourfoldJsonException.class);
        FourfoldJsonException error = (FourfoldJsonException) thrown;
        assertThat(error.code()).isEqualTo(LIMIT_EXCEEDED);
        assertThat(error.pointer()).isEqualTo("/company");
      } else {
        assertThat(thrown).isInstanceOf(IllegalStateException.class);
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  @FunctionalInterface
  private interface Read {
    Object run() throws Exception;
  }

  private static FourfoldJsonException error(Read read) {
    FourfoldJsonException error =
        catchThrowableOfType(FourfoldJsonException.class, read::run);
    assertThat(error).isNotNull();
    return error;
  }
}
