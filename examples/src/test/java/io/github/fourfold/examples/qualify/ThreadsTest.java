package io.github.fourfold.examples.qualify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.fourfold.Qualifier;
import io.github.fourfold.examples.budget.BudgetKnownJar;
import io.github.fourfold.jackson.FourfoldJson;
import io.github.fourfold.json.Framing;
import io.github.fourfold.json.LeadReader;
import io.github.fourfold.model.Lead;
import io.github.fourfold.testkit.LeadGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code qualify --threads N}: the same bytes as one thread (results and error lines, every
 * output format, in input order), the same messages and counts, a prompt stop when output fails,
 * no thread left behind, and a bounded window of leads in flight.
 */
final class ThreadsTest {
  private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
  private static final FourfoldJson JSON = FourfoldJson.ofDefaults();
  private static final LeadGenerator LEADS = LeadGenerator.ofDefaults();
  private static final long SEED = 15;
  private static final String AS_OF = LeadGenerator.DEFAULT_AS_OF.toString();
  /** The example leads and the fuzz test's inputs (each read from its one copy, made one line). */
  private static final List<Path> FIXTURE_DIRS = List.of(Path.of("leads"),
      Path.of("src/test/resources/io/github/fourfold/examples/qualify/WholePathFuzzTestInputs"));
  /** Lines that are not leads, or not valid ones, each a different error (or none, when blank). */
  private static final List<String> BAD_LINES = List.of(
      "{\"id\": \"broken\", ",
      "{\"id\":\"d\",\"triggers\":[{\"kind\":\"EVENT\",\"description\":\"x\",\"date\":\"2027-02-30\"}]}",
      "[1]",
      "\uFEFF{\"id\":\"bom\"}",
      "   \t",
      "{\"id\":\"crlf\"}\r",
      "{\"id\":\"dup\",\"id\":\"dup\"}",
      "{\"id\":\"u\",\"crmScore\":7}",
      "");

  @TempDir Path dir;

  record Run(int status, byte[] out, String err) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }

    /** Standard error without the summary's timing, which differs from run to run. */
    String messages() {
      return err.replaceAll(" in [0-9.]+ s \\([0-9]+ leads/s\\)", "");
    }
  }

  private static Run run(InputStream stdin, OutputStream stdout, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = QualifyCommand.run(args, stdin, stdout, new PrintStream(err, true, StandardCharsets.UTF_8), TODAY, false);
    return new Run(status, stdout instanceof ByteArrayOutputStream b ? b.toByteArray() : new byte[0],
        err.toString(StandardCharsets.UTF_8));
  }

  private static Run run(byte[] stdin, String... args) {
    return run(new ByteArrayInputStream(stdin), new ByteArrayOutputStream(), args);
  }

  /** Runs on one thread and on {@code threads}; checks both give the same bytes, messages and status. */
  private static Run sameOnOneAndOn(int threads, byte[] stdin, String... args) {
    Run one = run(stdin, with(args, "--threads", "1"));
    Run many = run(stdin, with(args, "--threads", String.valueOf(threads)));
    assertThat(many.text()).as("output with --threads %d", threads).isEqualTo(one.text());
    assertThat(many.out()).isEqualTo(one.out());
    assertThat(many.messages()).isEqualTo(one.messages());
    assertThat(many.status()).isEqualTo(one.status());
    assertNoThreadLeft();
    return one;
  }

  private static String[] with(String[] args, String... more) {
    return Stream.concat(Stream.of(more), Stream.of(args)).toArray(String[]::new);
  }

  /** No thread of the command is left a few seconds after it returned (a pool's thread ends just after it says so). */
  private static void assertNoThreadLeft() {
    List<Thread> ours = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("qualify-")).toList();
    for (Thread thread : ours) {
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    assertThat(ours).filteredOn(Thread::isAlive).isEmpty();
  }

  private static String oneLine(Lead lead) {
    return JSON.writeLead(lead);
  }

  /** Every fixture lead file, made one line (JSON whitespace only; a raw line break in a string is malformed either way). */
  private static List<String> fixtures() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path fixtureDir : FIXTURE_DIRS) {
      try (Stream<Path> files = Files.list(fixtureDir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
          lines.add(Files.readString(file, StandardCharsets.UTF_8).replace('\n', ' ').replace('\r', ' '));
        }
      }
    }
    assertThat(lines).hasSizeGreaterThan(5);
    return lines;
  }

  /** {@code count} generated leads with every fixture and every bad line in between, and one lead over the limit. */
  private static byte[] mixedNdjson(int count) throws IOException {
    List<String> fixtures = fixtures();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(oneLine(LEADS.lead(SEED, i))).append('\n');
      if (i % 7 == 3) {
        out.append(fixtures.get(i / 7 % fixtures.size())).append('\n');
      }
      if (i % 5 == 2) {
        out.append(BAD_LINES.get(i / 5 % BAD_LINES.size())).append('\n');
      }
      if (i == count / 2) {
        out.append("{\"id\":\"big\",\"context\":\"").append("x".repeat(QualifyCommand.MAX_LEAD_BYTES)).append("\"}\n");
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void ndjson_sameBytesOnOneThreadAndOnFour_inEveryOutputFormat() throws IOException {
    int count = 3_000;
    byte[] leads = mixedNdjson(count);
    Run ndjson = sameOnOneAndOn(4, leads, "--as-of", AS_OF);
    // Not a vacuous comparison: a line per record, results and each kind of error among them.
    List<String> lines = ndjson.text().lines().toList();
    assertThat(lines).hasSizeGreaterThan(count);
    assertThat(lines).filteredOn(l -> l.startsWith("{\"leadId\"")).hasSizeGreaterThanOrEqualTo(count);
    assertThat(String.join("\n", lines)).contains("\"code\":\"MALFORMED_JSON\"", "\"code\":\"INVALID_VALUE\"",
        "\"code\":\"WRONG_TYPE\"", "\"code\":\"DUPLICATE_PROPERTY\"", "\"code\":\"LIMIT_EXCEEDED\"");
    assertThat(ndjson.status()).isEqualTo(QualifyCommand.SOME_FAILED);
    assertThat(ndjson.messages()).contains(lines.size() + " leads: ");
    Run text = sameOnOneAndOn(4, leads, "--as-of", AS_OF, "--format", "text");
    assertThat(text.text()).contains("error: {\"error\":").contains("== ");
    Run strict = sameOnOneAndOn(3, leads, "--as-of", AS_OF, "--strict");
    assertThat(strict.text()).contains("\"code\":\"UNKNOWN_PROPERTY\"");
  }

  @Test
  void jsonArraysAndSeveralFiles_sameBytesAndMessages() throws IOException {
    StringBuilder array = new StringBuilder("[");
    for (int i = 0; i < 1_000; i++) {
      array.append(i == 0 ? "" : ",").append(i % 9 == 4 ? "null" : i % 13 == 6 ? "{\"id\":\" \"}" : oneLine(LEADS.lead(SEED, i)));
    }
    Path whole = Files.writeString(dir.resolve("whole.json"), array + "]");
    Path broken = Files.writeString(dir.resolve("broken.json"), array + ",{\"id\":\"b\"]");
    Path one = Files.writeString(dir.resolve("one.json"), oneLine(LEADS.lead(SEED, 7)));
    Path empty = Files.writeString(dir.resolve("empty.json"), " ");
    Path lines = Files.write(dir.resolve("lines.ndjson"), mixedNdjson(500));
    Run run = sameOnOneAndOn(4, new byte[0], "--as-of", AS_OF, whole.toString(), broken.toString(), one.toString(),
        empty.toString(), lines.toString());
    assertThat(run.messages()).contains(broken + ": expected").contains(empty + ": expected");
    assertThat(run.text()).contains("\"index\":4,", "\"file\":\"" + broken + "\"", "\"line\":");
  }

  /** Delivers {@code bytes}, then fails as a broken disk or a directory on standard input does. */
  private static InputStream failingAfter(byte[] bytes) {
    return new InputStream() {
      private int position;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (position == bytes.length) {
          throw new IOException("Input/output error");
        }
        int n = Math.min(len, bytes.length - position);
        System.arraycopy(bytes, position, b, off, n);
        position += n;
        return n;
      }
    };
  }

  @Test
  void inputThatFailsMidway_keepsWhatWasReadAndGoesOn_onEveryThreadCount() throws IOException {
    byte[] leads = mixedNdjson(2_000);
    Path before = Files.writeString(dir.resolve("before.ndjson"), oneLine(LEADS.lead(SEED, 1)) + "\n");
    Path after = Files.writeString(dir.resolve("after.ndjson"), oneLine(LEADS.lead(SEED, 2)) + "\n");
    String[] args = {"--as-of", AS_OF, before.toString(), "-", after.toString()};
    Run one = run(failingAfter(leads), new ByteArrayOutputStream(), with(args, "--threads", "1"));
    Run four = run(failingAfter(leads), new ByteArrayOutputStream(), with(args, "--threads", "4"));
    assertThat(four.text()).isEqualTo(one.text());
    assertThat(four.messages()).isEqualTo(one.messages())
        .contains("standard input: cannot read: Input/output error", "1 input could not be read");
    assertThat(four.status()).isEqualTo(one.status()).isEqualTo(QualifyCommand.SOME_FAILED);
    assertThat(one.text().lines().filter(l -> l.startsWith("{\"leadId\"")).count()).isGreaterThan(2_000);
    assertNoThreadLeft();
  }

  /** The erratic qualifier's plug-in jar. */
  private Path erraticJar() throws IOException {
    return BudgetKnownJar.write(dir.resolve("erratic.jar"), ErraticQualifier.Provider.class,
        List.of(ErraticQualifier.class, ErraticQualifier.Provider.class));
  }

  /** {@code count} generated leads, one per line. */
  private static String generated(int count) {
    StringBuilder leads = new StringBuilder();
    for (int i = 0; i < count; i++) {
      leads.append(oneLine(LEADS.lead(SEED, i))).append('\n');
    }
    return leads.toString();
  }

  @Test
  void aQualifierThatSleepsRandomlyAndFails_keepsTheLinesInInputOrder() throws IOException {
    Run run = sameOnOneAndOn(8, generated(1_500).getBytes(StandardCharsets.UTF_8), "--as-of", AS_OF,
        "--plugins", erraticJar().toString(), "--qualifier", ErraticQualifier.ID);
    // Both ways a qualifier fails (an exception, reported as what it threw, and the qualifier's
    // own QualifierFailedException, reported in its words), and results.
    String lines = run.text();
    assertThat(lines).contains("\"leadId\"");
    assertThat(lines.contains("\"code\":\"QUALIFIER_FAILED\"") && lines.contains("threw java.lang.IllegalStateException")
        && lines.contains("failed: told to fail")).as("both failures among the lines").isTrue();
  }

  @Test
  void aResultJsonCannotCarry_isThatLeadsErrorAndTheRunGoesOn() throws IOException {
    byte[] leads = ("{\"id\":\"a\"}\n{\"id\":\"" + ErraticQualifier.LONE_SURROGATE + "\"}\n{\"id\":\"b\"}\n")
        .getBytes(StandardCharsets.UTF_8);
    Run run = sameOnOneAndOn(2, leads, "--as-of", AS_OF, "--plugins", erraticJar().toString(),
        "--qualifier", ErraticQualifier.ID);
    String[] lines = run.text().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).contains("\"code\":\"QUALIFIER_FAILED\"").contains("\"id\":\"" + ErraticQualifier.LONE_SURROGATE)
        .contains("unpaired surrogate");
    assertThat(lines[2]).contains("\"leadId\":\"b\"");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("internal failure");
  }

  @Test
  void aFailureNoLeadExplains_stillWritesEveryLineBeforeIt() throws IOException {
    String before = generated(1_000);
    String[] args = {"--as-of", AS_OF, "--plugins", erraticJar().toString(), "--qualifier", ErraticQualifier.ID};
    Run expected = run(before.toString().getBytes(StandardCharsets.UTF_8), with(args, "--threads", "1"));
    byte[] leads = (before + "{\"id\":\"" + ErraticQualifier.OVERFLOW + "\"}\n" + before)
        .getBytes(StandardCharsets.UTF_8);
    for (String threads : new String[] {"1", "4"}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThatThrownBy(() -> run(new ByteArrayInputStream(leads), out, with(args, "--threads", threads)))
          .isInstanceOf(StackOverflowError.class);
      assertThat(out.toString(StandardCharsets.UTF_8)).as("--threads %s", threads).isEqualTo(expected.text());
      assertNoThreadLeft();
    }
  }

  /** Takes {@code room} bytes, then fails as a full disk does; keeps what it took. */
  private static final class FullAfter extends OutputStream {
    final ByteArrayOutputStream taken = new ByteArrayOutputStream();
    private final int room;

    FullAfter(int room) {
      this.room = room;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (taken.size() + len > room) {
        throw new IOException("No space left on device");
      }
      taken.write(b, off, len);
    }
  }

  @Test
  void outputThatFails_stopsPromptlyAfterLinesInInputOrder_withNoThreadLeft() throws IOException {
    byte[] leads = mixedNdjson(2_000);
    Run whole = run(leads, "--as-of", AS_OF, "--threads", "1");
    for (String threads : new String[] {"1", "2", "4"}) {
      FullAfter out = new FullAfter(400_000);
      Run run = run(new ByteArrayInputStream(leads), out, "--as-of", AS_OF, "--threads", threads);
      assertThat(run.status()).isEqualTo(QualifyCommand.OUTPUT_FAILED);
      assertThat(run.err()).contains("cannot write standard output: No space left on device").doesNotContain("errors in");
      assertThat(out.taken.size()).isPositive();
      assertThat(whole.text()).startsWith(out.taken.toString(StandardCharsets.UTF_8));
      assertNoThreadLeft();
      // An endless producer: the run stops on the failed write instead of reading on.
      Run stopped = assertTimeoutPreemptively(Duration.ofSeconds(60),
          () -> run(FramingTest.endless(), new FullAfter(100_000), "--as-of", AS_OF, "--threads", threads));
      assertThat(stopped.status()).as("--threads %s", threads).isEqualTo(QualifyCommand.OUTPUT_FAILED);
      assertNoThreadLeft();
    }
  }

  @Test
  void threadsOption_defaultsToTheProcessorsAndRefusesWhatIsNotACount() throws Exception {
    assertThat(Options.parse(new String[0], TODAY).threads)
        .isEqualTo(Math.min(Runtime.getRuntime().availableProcessors(), Pipeline.MAX_THREADS));
    assertThat(Options.parse(new String[] {"--threads=3"}, TODAY).threads).isEqualTo(3);
    assertThat(Options.parse(new String[] {"--threads", "1"}, TODAY).threads).isEqualTo(1);
    assertThat(Options.parse(new String[] {"--threads", String.valueOf(Pipeline.MAX_THREADS)}, TODAY).threads)
        .isEqualTo(Pipeline.MAX_THREADS);
    for (String value : new String[] {"0", "-1", "+2", String.valueOf(Pipeline.MAX_THREADS + 1), "99999999999", "two",
        "1.5", " 2", ""}) {
      assertThatThrownBy(() -> Options.parse(new String[] {"--threads", value}, TODAY)).as(value)
          .isInstanceOf(Options.UsageException.class)
          .hasMessage("--threads needs a whole number from 1 to " + Pipeline.MAX_THREADS);
    }
    assertThatThrownBy(() -> Options.parse(new String[] {"--threads"}, TODAY)).hasMessage("--threads needs a value");
    Run usage = run(new byte[0], "--threads", "0");
    assertThat(usage.status()).isEqualTo(QualifyCommand.USAGE);
    assertThat(usage.out()).isEmpty();
    assertThat(usage.err()).startsWith("qualify: --threads needs a whole number from 1 to ");
    assertThat(Options.USAGE).contains("--threads N");
  }

  @Test
  void pipeline_keepsABoundedWindowOfInputInFlight_whenTheWriterIsSlow() throws Exception {
    // Leads of 300 KB, 16 workers and a writer that takes its time: without the budget of input
    // bytes, every batch of the window (32) would hold one such lead.
    String filler = "y".repeat(60_000);
    StringBuilder lead = new StringBuilder("{\"id\":\"L\",\"attributes\":{");
    for (int k = 0; k < 5; k++) {
      lead.append(k == 0 ? "" : ",").append("\"k").append(k).append("\":\"").append(filler).append('"');
    }
    byte[] line = (lead + "}}\n").getBytes(StandardCharsets.UTF_8);
    int count = 60;
    AtomicLong delivered = new AtomicLong();
    InputStream input = new InputStream() {
      @Override
      public int read() {
        throw new UnsupportedOperationException("read in blocks");
      }

      @Override
      public int read(byte[] b, int off, int len) {
        long total = (long) count * line.length;
        long at = delivered.get();
        if (at == total) {
          return -1;
        }
        int n = (int) Math.min(len, total - at);
        for (int i = 0; i < n; i++) {
          b[off + i] = line[(int) ((at + i) % line.length)];
        }
        delivered.addAndGet(n);
        return n;
      }
    };
    Pipeline.Inputs inputs = new Pipeline.Inputs() {
      @Override
      public List<QualifyCommand.Input> list() {
        return List.of(QualifyCommand.Input.standardInput());
      }

      @Override
      public InputStream open(QualifyCommand.Input in) {
        return input;
      }

      @Override
      public LeadReader reader(QualifyCommand.Input in, InputStream stream) {
        return JSON.readLeads(stream, Framing.NDJSON);
      }
    };
    Qualifier qualifier = Qualifier.fourQuestion();
    List<Long> lines = new ArrayList<>();
    long[] mostInFlight = {0};
    new Pipeline(16, inputs, out -> new LineFormatter(JSON, qualifier, TODAY, null, out)).run(batch -> {
      assertThat(batch.formatted()).isEqualTo(batch.size());
      for (int i = 0; i < batch.formatted(); i++) {
        assertThat(batch.verdict(i)).isNotNull();
        lines.add(batch.record(i).line());
      }
      long written = lines.size() * (long) line.length;
      mostInFlight[0] = Math.max(mostInFlight[0], delivered.get() - written);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    assertThat(lines).hasSize(count).isSorted().doesNotHaveDuplicates();
    assertThat(mostInFlight[0]).as("input bytes read but not yet written")
        .isLessThanOrEqualTo(Pipeline.BUDGET_BYTES + 4L * Pipeline.BATCH_BYTES + 2L * line.length);
    assertNoThreadLeft();
  }
}
