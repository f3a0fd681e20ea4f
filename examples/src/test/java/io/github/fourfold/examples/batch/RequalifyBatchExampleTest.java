package io.github.fourfold.examples.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Re-qualifies the bundled batch, so the example and its data cannot drift apart. */
final class RequalifyBatchExampleTest {
  @Test
  void bundledBatch_countsVerdictsAndListsRevisitsByDate() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (InputStream in = Files.newInputStream(Path.of("leads/batch/requalify.json"))) {
      RequalifyBatchExample.run(in, LocalDate.of(2027, 3, 1), new PrintStream(buffer, true, StandardCharsets.UTF_8));
    }
    String out = buffer.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("SQL          2").contains("NOT_YET      5").contains("DISQUALIFIED 1");
    assertThat(out).containsSubsequence(
        "To revisit:", "2027-06-15  nurture-2", "2027-09-30  nurture-1", "2028-01-31  contract-ends-2029");
  }
}
