package io.github.fourfold.examples.qualify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The pieces of {@code qualify} in-process: options, progress, text safety, and runs with in-memory streams. */
final class FramingTest {
  private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

  @Test
  void options_bothFormsAndDefaults() throws Exception {
    Options defaults = Options.parse(new String[0], TODAY);
    assertThat(defaults.asOf).isEqualTo(TODAY);
    assertThat(defaults.horizon).isEqualTo(Period.ofMonths(12));
    assertThat(defaults.locale).isEqualTo(Locale.ENGLISH);
    assertThat(defaults.qualifiers).containsExactly("four-question");
    Options o = Options.parse(new String[] {"--as-of=2026-12-31", "--horizon", "P6M", "--locale=nl", "--strict",
        "--input", "json", "--format=text", "a.ndjson", "-", "--", "--odd-name"}, TODAY);
    assertThat(o.asOf).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(o.horizon).isEqualTo(Period.ofMonths(6));
    assertThat(o.locale.getLanguage()).isEqualTo("nl");
    assertThat(o.strict).isTrue();
    assertThat(o.input).isEqualTo(Options.InputFormat.JSON);
    assertThat(o.format).isEqualTo(Options.OutputFormat.TEXT);
    assertThat(o.files).containsExactly("a.ndjson", "-", "--odd-name");
  }

  @Test
  void options_rejectWhatTheContractForbids() {
    for (String[] args : new String[][] {{"--as-of", "0000-01-01"}, {"--as-of", "2027-3-1"}, {"--horizon", "P-1D"},
        {"--locale", "EN"}, {"--input", "JSON"}, {"--qualifier", "a,,b"}, {"--help=1"}}) {
      assertThatThrownBy(() -> Options.parse(args, TODAY)).isInstanceOf(Options.UsageException.class);
    }
  }

  @Test
  void progress_isShownOnlyWhenEnabledAndClearedAtTheEnd() throws InterruptedException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    Progress off = new Progress(err, false);
    Thread.sleep(600);
    off.tick(1024);
    off.done();
    assertThat(buffer.size()).isZero();
    Progress on = new Progress(err, true);
    Thread.sleep(600);
    on.tick(1024);
    on.done();
    assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("qualify: 1,024 leads").endsWith("\r\033[K");
  }

  @Test
  void run_inProcess_exitCodesAndOutput() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    InputStream stdin = new ByteArrayInputStream("{\"id\":\"a\"}\n{\"id\":\n".getBytes(StandardCharsets.UTF_8));
    int status = QualifyCommand.run(new String[] {"--as-of", "2027-03-01"}, stdin, out,
        new PrintStream(err, true, StandardCharsets.UTF_8), TODAY, false);
    assertThat(status).isEqualTo(QualifyCommand.SOME_FAILED);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("{\"leadId\":\"a\",\"verdict\":\"NOT_YET\"");
    assertThat(lines[1]).isEqualTo(
        "{\"error\":{\"line\":2,\"code\":\"MALFORMED_JSON\",\"message\":" + lines[1].split("\"message\":", 2)[1]);
  }

  /** Accepts {@code room} bytes, then fails as a full disk does. */
  private static OutputStream fullAfter(int room) {
    return new OutputStream() {
      private int written;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (written + len > room) {
          throw new IOException("No space left on device");
        }
        written += len;
      }
    };
  }

  /** An endless producer of the same lead, one per line. */
  static InputStream endless() {
    return new InputStream() {
      private final byte[] line = "{\"id\":\"a\"}\n".getBytes(StandardCharsets.UTF_8);
      private long position;

      @Override
      public int read() {
        return line[(int) (position++ % line.length)];
      }
    };
  }

  @Test
  void run_outputThatFails_stopsPromptlyWithStatus3AndNoSuccessSummary() {
    // An endless producer: the run must stop on the failed write, not read on.
    InputStream endless = endless();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> QualifyCommand.run(
        new String[] {"--as-of", "2027-03-01"}, endless, fullAfter(100_000),
        new PrintStream(err, true, StandardCharsets.UTF_8), TODAY, false));
    assertThat(status).isEqualTo(QualifyCommand.OUTPUT_FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("cannot write standard output: No space left on device")
        .doesNotContain("errors in");
  }

  @Test
  void options_refuseRepeatsAndCheckLanguagesSyntax() throws Exception {
    for (String[] args : new String[][] {{"-", "-"}, {"--qualifier", "a,b,a"}, {"--locale", "nl-NL"},
        {"--plugins="}}) {
      assertThatThrownBy(() -> Options.parse(args, TODAY)).as(String.join(" ", args))
          .isInstanceOf(Options.UsageException.class);
    }
    assertThat(Options.parse(new String[] {"--plugins", "a", "--plugins=b"}, TODAY).plugins).containsExactly("a", "b");
  }

  @Test
  void terminalText_escapesWhatSteersATerminal() {
    assertThat(TerminalText.safe("plain \u00e9 \uD83D\uDE00")).isEqualTo("plain \u00e9 \uD83D\uDE00");
    assertThat(TerminalText.safe("a\u001b[2J\r\nb\u009b\u202e\u2028\u007f"))
        .isEqualTo("a\\u001B[2J\\u000D\\u000Ab\\u009B\\u202E\\u2028\\u007F");
  }

  @Test
  void input_reasonsAreWordsNotClassNames() {
    assertThat(QualifyCommand.Input.reason(new java.nio.file.FileSystemException("f", null, "Too many open files")))
        .isEqualTo("Too many open files");
    assertThat(QualifyCommand.Input.reason(new java.nio.file.FileSystemException("f"))).isEqualTo("an input/output error");
    assertThat(QualifyCommand.Input.reason(new java.nio.file.NoSuchFileException("f"))).isEqualTo("no such file");
  }

  @Test
  void languages_areFoundOnTheClassPath() {
    assertThat(Languages.available(QualifyCommand.class.getClassLoader())).contains("en", "nl");
  }
}
