package io.github.fourfold.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.Warning;
import io.github.fourfold.model.Lead;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The issue's acceptance test: every file of the spec's examples folder, read from JSON and
 * qualified with the default rule as of 2027-03-01, gets the verdict, unmet criteria, warnings and
 * revisit date that the folder's README lists. The expectations are parsed from that table as
 * {@code examples/README.md} carries it; the build puts that file and {@code examples/leads/*.json}
 * on the test class path as {@code examples/...} (see this module's pom).
 */
final class ExampleVerdictsTest extends ModuleTestBase {
  private static final Pattern ROW = Pattern.compile("^\\| (\\S+\\.json) \\|(.*)\\|(.*)\\|(.*)\\|$");
  private static final Pattern CODE = Pattern.compile("`([A-Z_]+)`");
  private static final Pattern UNMET = Pattern.compile("([A-Z]+) \\(`([A-Z_]+)`\\)");
  private static final Pattern REVISIT = Pattern.compile("`revisitOn` (\\d{4}-\\d{2}-\\d{2})");

  /** One row of the README's table. */
  static final class Expected {
    final String file;
    final String verdict;
    final List<String> unmet;
    final List<String> warnings;
    final @Nullable LocalDate revisitOn;

    Expected(String file, String verdict, List<String> unmet, List<String> warnings,
        @Nullable LocalDate revisitOn) {
      this.file = file;
      this.verdict = verdict;
      this.unmet = unmet;
      this.warnings = warnings;
      this.revisitOn = revisitOn;
    }

    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Expected> readmeRows() {
    List<Expected> rows = new ArrayList<>();
    for (String line : resource("examples/README.md").split("\n", -1)) {
      Matcher row = ROW.matcher(line.strip());
      if (!row.matches()) {
        continue;
      }
      Matcher verdict = CODE.matcher(row.group(2));
      assertThat(verdict.find()).as("verdict in %s", line).isTrue();
      Matcher revisit = REVISIT.matcher(row.group(2));
      List<String> unmet = new ArrayList<>();
      Matcher criterion = UNMET.matcher(row.group(3));
      while (criterion.find()) {
        unmet.add(criterion.group(1) + "=" + criterion.group(2));
      }
      List<String> warnings = new ArrayList<>();
      Matcher warning = CODE.matcher(row.group(4));
      while (warning.find()) {
        warnings.add(warning.group(1));
      }
      rows.add(new Expected(row.group(1), verdict.group(1), unmet, warnings,
          revisit.find() ? LocalDate.parse(revisit.group(1)) : null));
    }
    return rows.stream();
  }

  @Test
  void readme_listsEveryExampleFile() {
    assertThat(readmeRows().map(e -> e.file))
        .containsExactlyInAnyOrderElementsOf(
            EXAMPLES.stream().map(name -> name + ".json").collect(Collectors.toList()));
  }

  @ParameterizedTest
  @MethodSource("readmeRows")
  void qualify_exampleReadFromJson_matchesReadme(Expected expected) throws Exception {
    Lead lead = JSON.readLead(resourceBytes("examples/" + expected.file));

    QualificationResult result = Qualifier.fourQuestion().qualify(lead, AS_OF);

    assertThat(result.verdict().name()).isEqualTo(expected.verdict);
    assertThat(result.unmetFindings().stream().map(ExampleVerdictsTest::unmet))
        .containsExactlyElementsOf(expected.unmet);
    assertThat(result.warnings().stream().map(Warning::code))
        .containsExactlyElementsOf(expected.warnings);
    assertThat(result.revisitOn()).isEqualTo(expected.revisitOn);
  }

  @ParameterizedTest
  @MethodSource("readmeRows")
  void writeResult_qualifiedExample_readsBackEqual(Expected expected) throws Exception {
    Lead lead = JSON.readLead(resourceBytes("examples/" + expected.file));
    QualificationResult result = Qualifier.fourQuestion().qualify(lead, AS_OF);

    assertThat(STRICT.readResult(JSON.writeResult(result))).isEqualTo(result);
  }

  private static String unmet(CriterionFinding finding) {
    return finding.criterionCode() + "=" + finding.reasonCode();
  }
}
