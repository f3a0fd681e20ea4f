package io.github.fourfold.examples.qualify;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.examples.icpfit.IcpFitQualifier;
import io.github.fourfold.jackson.FourfoldJson;
import io.github.fourfold.jackson.FourfoldJsonException;
import io.github.fourfold.model.Lead;
import io.github.fourfold.report.CallPlan;
import io.github.fourfold.report.HandoffNote;
import io.github.fourfold.report.HandoffOptions;
import java.io.IOException;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A coverage-guided fuzz test (Jazzer) of the whole path a lead takes: read, qualified by the
 * default rule and by the default rule combined with the ICP-fit plug-in, then written as every
 * report — the handoff note as text and Markdown, the follow-up call plan as text and Markdown,
 * the result as JSON and {@code qualify --format text} — in English and Dutch.
 *
 * <p>For any bytes: the reader either reads a lead or throws {@link FourfoldJsonException}; the
 * rest never throws; no report passes a control character from the lead (other than its own line
 * ends) or a bidirectional control; and each input stays within a time and memory bound that
 * grows linearly with its size ({@link #MAX_NANOS}, {@link #MAX_BYTES_PER_INPUT_BYTE}). Under the
 * normal build it replays {@code WholePathFuzzTestInputs} (the inputs that once broke it are kept
 * there); to fuzz, see the module's README.
 */
final class WholePathFuzzTest {
  private static final FourfoldJson JSON = FourfoldJson.ofDefaults();
  private static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);
  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"));

  /**
   * CPU time of this thread for one input, whatever its size up to the reader's 1 MiB: far above
   * what any lead takes. CPU time, not wall-clock time, so that a busy machine cannot fail it.
   */
  private static final long MAX_NANOS = 5_000_000_000L;
  /** Wall-clock time for one input: a backstop for a hang, whatever the machine's load. */
  private static final long MAX_WALL_NANOS = 120_000_000_000L;
  /** Memory allocated for one input: a fixed allowance plus this many bytes per input byte. */
  private static final long FIXED_BYTES = 64L << 20;
  private static final long MAX_BYTES_PER_INPUT_BYTE = 2_000;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final ClassLoadingMXBean CLASSES = ManagementFactory.getClassLoadingMXBean();

  static {
    // Load each language's texts once, outside any input's bound.
    for (Locale locale : LANGUAGES) {
      CallPlan.firstCall(locale).toText();
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryEntries({
    "\"id\"", "\"company\"", "\"industry\"", "\"employees\"", "\"situation\"", "\"summary\"",
    "\"installedBase\"", "\"ageYears\"", "\"problems\"", "\"statement\"", "\"cost\"",
    "\"amount\"", "\"currency\"", "\"frequency\"", "\"count\"", "\"per\"", "\"timeLost\"",
    "\"hours\"", "\"triggers\"", "\"kind\"", "\"date\"", "\"decisionProcess\"",
    "\"stakeholders\"", "\"roles\"", "\"approvesAbove\"", "\"attributes\"", "\"crm.accountType\"",
    "\"EUR\"", "\"YEAR\"", "\"DAY\"", "\"DEADLINE\"", "\"APPROVES\"", "1e99", "1E-99", "1e101",
    "2147483647", "\"\\u001b\"", "\"\\u009b\"", "\"\\u202e\"", "\"\\r\\n\""
  })
  void anyBytes_readQualifiedAndReportedWithinBounds(byte[] input) {
    long classes = CLASSES.getTotalLoadedClassCount();
    long allocated = THREADS.getCurrentThreadAllocatedBytes();
    long cpu = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    check(input);
    long wall = System.nanoTime() - start;
    long nanos = THREADS.getCurrentThreadCpuTime() - cpu;
    long bytes = THREADS.getCurrentThreadAllocatedBytes() - allocated;
    assertThat(wall).as("wall-clock nanoseconds for an input of %d bytes", input.length).isLessThan(MAX_WALL_NANOS);
    // The first input to reach a code path loads its classes, and under the fuzzer instruments
    // them, on this thread: that time and allocation are the JVM's, not the input's, so the time
    // and memory bounds hold for inputs that load no class. Classes load once, so an input that
    // really takes too long or allocates too much is still caught the next time the fuzzer
    // reaches it.
    if (CLASSES.getTotalLoadedClassCount() == classes) {
      assertThat(nanos).as("CPU nanoseconds for an input of %d bytes", input.length).isLessThan(MAX_NANOS);
      assertThat(bytes).as("bytes allocated for an input of %d bytes", input.length)
          .isLessThan(FIXED_BYTES + MAX_BYTES_PER_INPUT_BYTE * input.length);
    }
  }

  /** The example leads take the same path, so a change that breaks a normal lead shows here too. */
  @Test
  void exampleLeads_passTheSameChecks() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("leads"))) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json"))::iterator) {
        anyBytes_readQualifiedAndReportedWithinBounds(Files.readAllBytes(file));
      }
    }
  }

  private static void check(byte[] input) {
    Lead lead;
    try {
      lead = JSON.readLead(input);
    } catch (FourfoldJsonException e) {
      return;
    }
    for (Locale locale : LANGUAGES) {
      QualificationPolicy policy = QualificationPolicy.builder().locale(locale).build();
      for (Qualifier qualifier : List.of(Qualifier.fourQuestion(policy),
          Qualifier.allOf(List.of(Qualifier.fourQuestion(policy), IcpFitQualifier.manufacturing())))) {
        QualificationResult result = qualifier.qualify(lead, AS_OF);
        HandoffNote note = HandoffNote.of(lead, result, HandoffOptions.from(policy));
        List<String> reports = new ArrayList<>();
        reports.add(note.toText());
        reports.add(note.toMarkdown());
        reports.add(HandoffNote.of(lead, result, HandoffOptions.builder().locale(locale).includeNames(true).build())
            .toText());
        CallPlan plan = CallPlan.followUp(result, locale);
        reports.add(plan.toText());
        reports.add(plan.toMarkdown());
        reports.add(new TextReport(policy).render(lead, result));
        for (String report : reports) {
          assertNoTerminalControl(report);
        }
        assertThat(JSON.writeResult(result)).doesNotContain("\n");
      }
    }
  }

  /** Line feeds are the report's own; nothing else that steers a terminal may be there. */
  private static void assertNoTerminalControl(String report) {
    for (int i = 0; i < report.length(); i++) {
      char c = report.charAt(i);
      boolean control = (Character.isISOControl(c) && c != '\n')
          || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
      assertThat(control).as("U+%04X at %d in%n%s", (int) c, i, report).isFalse();
    }
  }
}
