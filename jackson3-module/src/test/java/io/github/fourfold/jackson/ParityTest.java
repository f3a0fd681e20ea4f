package io.github.fourfold.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.model.Lead;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one parity suite: every input of the Jackson 2 binding's own tests (golden files, worked
 * examples, every error case, every limit at N and N+1, the fuzz corpus) and 2,000 seeded random
 * leads and results go through both bindings, which must give the same bytes and the same errors
 * (code, pointer, message, lead id). The Jackson 2 binding's tests pin what those are.
 */
final class ParityTest {
  private static final Binding JACKSON2 = Binding.jackson2();
  private static final Binding JACKSON3 = Binding.jackson3();
  /** The Jackson 2 module's test resources: its golden files, examples and fuzz corpus. */
  private static final Path RESOURCES = Path.of("../jackson-module/src/test/resources");
  private static final Path EXAMPLE_LEADS = Path.of("../examples/leads");
  private static final long SEED = Long.getLong("fourfold.seed", 20270301L);
  private static final int CASES = Integer.getInteger("fourfold.cases", 2000);

  private static void assertSameLead(byte[] input) {
    for (boolean strict : new boolean[] {false, true}) {
      String two = JACKSON2.readLead(input, strict);
      assertThat(JACKSON3.readLead(input, strict))
          .as("bytes, strict=%s, input %s", strict, Arrays.toString(input))
          .isEqualTo(two);
      String text = new String(input, StandardCharsets.UTF_8);
      assertThat(JACKSON3.readLeadText(text, strict))
          .as("text, strict=" + strict)
          .isEqualTo(JACKSON2.readLeadText(text, strict));
    }
  }

  static Stream<Path> files() throws IOException {
    List<Path> files = new ArrayList<>();
    // The example leads have one copy, in examples/leads; the rest are the Jackson 2 tests' own.
    for (Path dir : List.of(RESOURCES.resolve("golden"), EXAMPLE_LEADS,
        RESOURCES.resolve("io/github/fourfold/jackson"))) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> !p.toString().endsWith(".md"))
            .sorted()
            .forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThan(60);
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("files")
  void readLead_everyFileOfTheJackson2Tests_sameOutcome(Path file) throws IOException {
    byte[] input = Files.readAllBytes(file);
    assertSameLead(input);
    assertThat(JACKSON3.readResult(input)).isEqualTo(JACKSON2.readResult(input));
  }

  @ParameterizedTest
  @MethodSource("files")
  void writeGoldenFile_bothBindings_sameBytesAsTheFile(Path file) throws IOException {
    if (!file.startsWith(RESOURCES.resolve("golden"))) {
      return;
    }
    String golden = Files.readString(file).strip();
    boolean isResult = file.startsWith(RESOURCES.resolve("golden/result"));
    for (Binding binding : List.of(JACKSON2, JACKSON3)) {
      String outcome =
          isResult
              ? binding.readResult(golden.getBytes(StandardCharsets.UTF_8))
              : binding.readLead(golden.getBytes(StandardCharsets.UTF_8), true);
      assertThat(outcome).as(binding.name()).isEqualTo("value " + golden);
    }
  }

  /** Every case of the Jackson 2 binding's error tests: the inputs are their string arguments. */
  static Stream<Object> errorCases() {
    return Stream.of(
            ReadErrorsTest.malformed(),
            ReadErrorsTest.notUtf8(),
            ReadErrorsTest.malformedInUtf8(),
            ReadErrorsTest.otherEncodings(),
            ReadErrorsTest.wrongType(),
            ReadErrorsTest.missingRequired(),
            ReadErrorsTest.invalidValue(),
            ReadErrorsTest.duplicateProperty(),
            ReadErrorsTest.unknownProperty(),
            ReadErrorsTest.precedence())
        .flatMap(s -> s)
        .map(Arguments::get)
        .flatMap(Stream::of)
        .filter(a -> a instanceof String || a instanceof byte[]);
  }

  @ParameterizedTest
  @MethodSource("errorCases")
  void readLead_everyErrorCase_sameCodePointerMessageAndLeadId(Object input) {
    byte[] bytes =
        input instanceof byte[] b ? b : ((String) input).getBytes(StandardCharsets.UTF_8);
    assertSameLead(bytes);
  }

  static Stream<Arguments> limits() {
    String emoji = "\uD83D\uDE00";
    return Stream.of(
        Arguments.of("document", LimitsTest.leadOfBytes(1_048_576, 'a')),
        Arguments.of("document + 1", LimitsTest.leadOfBytes(1_048_577, 'a')),
        Arguments.of("document of emoji", LimitsTest.leadOfBytes(1_048_576, '\u00e9')),
        Arguments.of("depth", LimitsTest.leadOfDepth(32)),
        Arguments.of("depth + 1", LimitsTest.leadOfDepth(33)),
        Arguments.of("string", lead("'context':'" + emoji.repeat(65_536) + "'")),
        Arguments.of("string + 1", lead("'context':'" + emoji.repeat(65_537) + "'")),
        Arguments.of("name", lead("'" + "n".repeat(256) + "':1")),
        Arguments.of("name + 1", lead("'" + "n".repeat(257) + "':1")),
        Arguments.of("number", lead("'company':{'employees':" + "0".repeat(63) + "1}")),
        Arguments.of("number + 1", lead("'company':{'employees':" + "0".repeat(64) + "1}")),
        Arguments.of("decimal", problem("'cost':{'amount':1." + "5".repeat(62) + ",'currency':'EUR'}")),
        Arguments.of("decimal + 1", problem("'cost':{'amount':1." + "5".repeat(63) + ",'currency':'EUR'}")));
  }

  private static String lead(String members) {
    return ("{'id':'L-1'," + members + "}").replace('\'', '"');
  }

  private static String problem(String members) {
    return lead("'problems':[{'statement':'Belts stop.'," + members + "}]");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void readLead_limitAtNAndNPlusOne_sameOutcome(String what, String json) {
    assertSameLead(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writeAndRead_seededRandomLeadsAndResults_sameBytesAndErrors() {
    for (int i = 0; i < CASES; i++) {
      long seed = SEED + i;
      RandomModel random = new RandomModel(seed);
      Lead lead = random.lead();
      QualificationResult result = random.result();
      String written = JACKSON2.writeLead(lead);
      assertThat(JACKSON3.writeLead(lead)).as("seed " + seed).isEqualTo(written);
      assertThat(JACKSON3.writeResult(result))
          .as("seed " + seed)
          .isEqualTo(JACKSON2.writeResult(result));
      String json = JACKSON2.readLeadText(FourfoldJson.ofDefaults().writeLead(lead), true);
      assertThat(json).as("seed " + seed).startsWith("value ");
      String leadJson = json.substring("value ".length());
      assertSameLead(leadJson.getBytes(StandardCharsets.UTF_8));
      assertThat(JACKSON3.mapperRoundTrip(leadJson, result))
          .as("seed " + seed)
          .isEqualTo(JACKSON2.mapperRoundTrip(leadJson, result));
    }
  }

  @Test
  void outcome_differentValues_differ() {
    // The comparison can fail: a lead and an error are told apart, and so are two errors.
    assertThat(JACKSON3.readLeadText("{\"id\":\"L-1\"}", false))
        .isNotEqualTo(JACKSON3.readLeadText("{\"id\":\"L-2\"}", false))
        .isNotEqualTo(JACKSON3.readLeadText("{}", false));
    assertThat(JACKSON3.readLeadText("{}", false))
        .isNotEqualTo(JACKSON3.readLeadText("[]", false));
  }

}
