package io.github.fourfold.examples.qualify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 13.1: {@code qualify --format text} shows what a plug-in says, in both languages. */
final class TextReportTest {
  private static final String ICP_QUESTION =
      "Which industry are you in, and how many people work at your company?";

  private static String report(String locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    byte[] lead = "{\"id\":\"a\",\"company\":{\"name\":\"Foodco\"}}\n".getBytes(StandardCharsets.UTF_8);
    int status = QualifyCommand.run(
        new String[] {"--as-of", "2027-03-01", "--format", "text", "--locale", locale,
            "--qualifier", "four-question,icp-fit"},
        new ByteArrayInputStream(lead), out, new PrintStream(err, true, StandardCharsets.UTF_8),
        LocalDate.of(2027, 3, 1), false);
    assertThat(status).isEqualTo(QualifyCommand.OK);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void formatText_pluginFindingAndQuestion_areInTheNoteInEnglish() {
    assertThat(report("en")).contains(
        "  [ ] ICP_FIT (ICP_FIT_UNKNOWN)\n",
        "ICP_FIT: Not met (ICP_FIT_UNKNOWN).\n",
        "  - The company's industry is not known yet.\n",
        "  - " + ICP_QUESTION + "\n");
  }

  @Test
  void formatText_pluginFindingAndQuestion_areInTheNoteInDutch() {
    String report = report("nl");

    assertThat(report).contains("ICP_FIT: Niet voldaan (ICP_FIT_UNKNOWN).\n", "Volgende vragen:\n");
    assertThat(report.substring(report.indexOf("Volgende vragen:"))).contains("  - " + ICP_QUESTION + "\n");
  }
}
