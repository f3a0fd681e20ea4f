package io.github.fourfold.examples.conveyorbelt;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.jackson.FourfoldJson;
import io.github.fourfold.model.Lead;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the conveyor-belt example the way its main does, so it cannot rot. */
final class ConveyorBeltExampleTest {
  @Test
  void main_printsSqlWithEveryCriterionMet() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      ConveyorBeltExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = buffer.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("Lead conveyor-belt-foodco as of 2027-03-01: SQL");
    assertThat(out.lines().filter(l -> l.contains("[met]")).count()).isEqualTo(4);
    assertThat(out).doesNotContain("[not met]").doesNotContain("warning");
  }

  @Test
  void main_laterDate_explainsTheExpiredDeadline() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      ConveyorBeltExample.main(new String[] {"2027-10-01"});
    } finally {
      System.setOut(original);
    }
    assertThat(buffer.toString(StandardCharsets.UTF_8))
        .contains(": NOT_YET")
        .contains("[not met] URGENCY URGENCY_EXPIRED");
  }

  /** The example builds in Java the same lead as {@code examples/leads/conveyor-belt.json}. */
  @Test
  void lead_equalsTheExampleLeadFile() throws IOException {
    Lead fromFile =
        FourfoldJson.ofDefaults().readLead(Files.readAllBytes(Path.of("leads", "conveyor-belt.json")));
    assertThat(ConveyorBeltExample.lead()).isEqualTo(fromFile);
  }
}
