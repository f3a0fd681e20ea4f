package io.github.fourfold.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.ReasonCode;
import io.github.fourfold.WarningCode;
import io.github.fourfold.json.JsonErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The project's reference documents stay true to the code: every reason code, warning and JSON
 * error code has a row in its table, and every exit status of {@code qualify} is documented.
 */
final class ReferenceDocsTest {
  private static final Path DOCS = Path.of("../docs");

  private static String read(String name) throws IOException {
    return Files.readString(DOCS.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void ruleReference_documentsEveryReasonCodeAndWarning() throws IOException {
    String rule = read("qualification-rule.md");
    for (ReasonCode code : ReasonCode.values()) {
      assertThat(rule).as("docs/qualification-rule.md")
          .contains("| `" + code.name() + "` | `" + code.criterion().name() + "` |");
    }
    for (WarningCode code : WarningCode.values()) {
      assertThat(rule).as("docs/qualification-rule.md").contains("| `" + code.name() + "` |");
    }
  }

  @Test
  void jsonReference_documentsEveryErrorCodeAndExitStatus() throws IOException {
    String json = read("json-format.md");
    for (JsonErrorCode code : JsonErrorCode.values()) {
      assertThat(json).as("docs/json-format.md").contains("| `" + code.name() + "` |");
    }
    for (int status = 0; status <= 2; status++) {
      assertThat(json).as("docs/json-format.md").contains("| `" + status + "` |");
    }
  }

  @Test
  void readme_linksTheReferenceDocuments() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("(docs/qualification-rule.md)", "(docs/json-format.md)");
  }
}
