package io.github.fourfold.jackson.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.rules.DefinitionError;
import io.github.fourfold.rules.InvalidDefinitionException;
import io.github.fourfold.rules.RuleLimits;
import io.github.fourfold.testkit.RuleDefinitionGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule definitions read and written by both bindings: the inputs of the Jackson 2 binding's
 * definition tests (each valid and each error case of {@code RuleDefinitionsTest}, taken from its
 * own annotations so they are written once), the fuzz corpus, the limits at N and N+1, hostile
 * documents and generated definitions must give the same definition text or the same errors
 * (code, pointer, message). {@code RuleDefinitionsTest} pins what those are.
 */
final class DefinitionParityTest {
  private static final Path CORPUS =
      Path.of("../jackson-module/src/test/resources/io/github/fourfold/jackson/rules/ReadRuleDefinitionFuzzTestInputs");

  /** The outcome of one reading: the definition written back, or every error. */
  private static String outcome(Callable<String> read) {
    try {
      return "value " + read.call();
    } catch (InvalidDefinitionException e) {
      return "errors " + e.errors().stream().map(DefinitionError::toString).collect(Collectors.joining("\n"));
    } catch (Exception e) {
      return "other " + e.getClass().getSimpleName();
    }
  }

  private static void assertSame(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertSame(bytes);
    String two = outcome(() -> RuleDefinitions.write(RuleDefinitions.read(json)));
    String three = outcome(() -> io.github.fourfold.jackson3.rules.RuleDefinitions.write(
        io.github.fourfold.jackson3.rules.RuleDefinitions.read(json)));
    assertThat(three).as("text").isEqualTo(two);
  }

  private static void assertSame(byte[] json) {
    String two = outcome(() -> RuleDefinitions.write(RuleDefinitions.read(json)));
    assertThat(outcome(() -> io.github.fourfold.jackson3.rules.RuleDefinitions.write(
        io.github.fourfold.jackson3.rules.RuleDefinitions.read(json)))).as("bytes").isEqualTo(two);
    assertThat(outcome(() -> io.github.fourfold.jackson3.rules.RuleDefinitions.write(
        io.github.fourfold.jackson3.rules.RuleDefinitions.read(new ByteArrayInputStream(json)))))
        .as("stream").isEqualTo(two);
  }

  /** The first column of each {@code @CsvSource} of {@code RuleDefinitionsTest}, wrapped as that test wraps it. */
  static Stream<String> caseInputs() {
    List<String> inputs = new ArrayList<>();
    for (Method m : RuleDefinitionsTest.class.getDeclaredMethods()) {
      CsvSource csv = m.getAnnotation(CsvSource.class);
      if (csv == null) {
        continue;
      }
      boolean condition = m.getName().contains("Condition");
      for (String line : csv.textBlock().split("\n")) {
        String input = line.substring(0, line.indexOf('|')).strip();
        inputs.add(condition ? check(input) : input);
      }
    }
    assertThat(inputs).hasSizeGreaterThan(20);
    return inputs.stream();
  }

  private static String check(String condition) {
    return """
        {"id": "acme-fit/3", "criteria": [{"name": "FIT", "checks": [{
          "condition": %s, "verdict": "NOT_YET", "reason": "NO_FIT", "message": {"en": "No fit."}}]}]}"""
        .formatted(condition);
  }

  @ParameterizedTest
  @MethodSource("caseInputs")
  void read_everyCaseOfTheDefinitionTests_isTheSameInBothBindings(String json) {
    assertSame(json);
  }

  static Stream<Path> corpus() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      List<Path> list = files.sorted().toList();
      assertThat(list).isNotEmpty();
      return list.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void read_fuzzCorpus_isTheSameInBothBindings(Path file) throws IOException {
    assertSame(Files.readAllBytes(file));
  }

  @Test
  void read_limitsAtNAndNPlusOne_areTheSameInBothBindings() {
    String leaf = "{\"present\": \"/source\"}";
    String deepest = "{\"not\": ".repeat(RuleLimits.MAX_DEPTH - 1) + leaf + "}".repeat(RuleLimits.MAX_DEPTH - 1);
    assertSame(check(deepest));
    assertSame(check("{\"not\": " + deepest + "}"));
    String values = "\"a\",".repeat(RuleLimits.MAX_LIST - 1) + "\"a\"";
    assertSame(check("{\"oneOf\": {\"path\": \"/source\", \"values\": [" + values + "]}}"));
    assertSame(check("{\"oneOf\": {\"path\": \"/source\", \"values\": [" + values + ", \"a\"]}}"));
    String longest = "é".repeat(RuleLimits.MAX_TEXT);
    assertSame(check("{\"equals\": {\"path\": \"/source\", \"value\": \"" + longest + "\"}}"));
    assertSame(check("{\"equals\": {\"path\": \"/source\", \"value\": \"" + longest + "é\"}}"));
    String number = "1" + "0".repeat(RuleDefinitions.MAX_NUMBER_LENGTH - 1);
    String compare = "{\"compare\": {\"path\": \"/situation/installedBase/*/ageYears\", \"op\": \"AT_MOST\", \"value\": %s}}";
    assertSame(check(compare.formatted(number)));
    assertSame(check(compare.formatted(number + "0")));
    String json = check(leaf);
    String padded = json + " ".repeat(RuleDefinitions.MAX_DOCUMENT_BYTES - json.length());
    assertSame(padded);
    assertSame(padded + " ");
  }

  @Test
  void read_hostileDocuments_areTheSameInBothBindings() {
    assertSame("[".repeat(100_000));
    assertSame("{\"a\":".repeat(100_000));
    assertSame("{\"id\": \"" + "x".repeat(10_000) + "\", \"criteria\": []}");
    assertSame("{\"" + "n".repeat(1_000) + "\": 1}");
    assertSame("{\"id\": \"\ud800\"}");
    assertSame("");
    assertSame("{\"id\": \"a/1\", \"criteria\": [{\"name\": \"X\", \"checks\": [[[[1e99999999999]]]]}]}");
    byte[] bad = check("{\"present\": \"/source\"}").getBytes(StandardCharsets.UTF_8);
    bad[bad.length - 3] = (byte) 0xC3;
    assertSame(bad);
  }

  @Test
  void readWrite_generatedDefinitions_areTheSameInBothBindings() {
    RuleDefinitionGenerator definitions = RuleDefinitionGenerator.ofDefaults();
    for (int i = 0; i < 300; i++) {
      String json = RuleDefinitions.write(definitions.definition(3L, i));
      assertThat(io.github.fourfold.jackson3.rules.RuleDefinitions.write(definitions.definition(3L, i)))
          .as("written %s", i).isEqualTo(json);
      assertSame(json);
    }
  }

  @Test
  void schema_isTheSameInBothBindings() {
    assertThat(io.github.fourfold.jackson3.rules.RuleDefinitions.schema()).isEqualTo(RuleDefinitions.schema()).contains("2020-12");
  }
}
