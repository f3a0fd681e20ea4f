package io.github.fourfold.examples.qualify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The pieces of {@code qualify} in-process: options, NDJSON lines, the recording stream, progress. */
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

  private static List<LineReader.Line> lines(byte[] bytes, int cap) throws IOException {
    LineReader reader = new LineReader(new ByteArrayInputStream(bytes), cap);
    List<LineReader.Line> lines = new ArrayList<>();
    for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
      lines.add(line);
    }
    return lines;
  }

  @Test
  void lineReader_splitsOnLfAndCrlfAndCountsPhysicalLines() throws IOException {
    List<LineReader.Line> lines = lines("a\r\n\nbb\n c\r".getBytes(StandardCharsets.UTF_8), 100);
    assertThat(lines).extracting(l -> l.number).containsExactly(1L, 2L, 3L, 4L);
    assertThat(lines).extracting(l -> new String(l.bytes, StandardCharsets.UTF_8)).containsExactly("a", "", "bb", " c");
    assertThat(LineReader.isBlank(" \t\r".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(LineReader.isBlank("\u00A0".getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @Test
  void lineReader_overLongLineIsFlaggedAndSkippedWithoutKeepingIt() throws IOException {
    byte[] input = ("x".repeat(50) + "\n" + "y".repeat(10) + "\n" + "z".repeat(11) + "\n").getBytes(StandardCharsets.UTF_8);
    List<LineReader.Line> lines = lines(input, 10);
    assertThat(lines).extracting(l -> l.overLong).containsExactly(true, false, true);
    assertThat(lines.get(0).bytes).isEmpty();
    assertThat(lines.get(1).number).isEqualTo(2);
  }

  /** Reads at most {@code step} bytes per call, so lines cross the reader's chunk edges. */
  private static List<LineReader.Line> linesInSteps(byte[] bytes, int cap, int step) throws IOException {
    InputStream trickle = new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, step));
      }
    };
    LineReader reader = new LineReader(trickle, cap);
    List<LineReader.Line> lines = new ArrayList<>();
    for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
      lines.add(line);
    }
    return lines;
  }

  @Test
  void lineReader_sameLinesWhateverTheReadSizes() throws IOException {
    // At the cap, the cap plus a CR (not over-long), one past the cap, far past it, then short.
    String text = "a".repeat(10) + "\n" + "b".repeat(10) + "\r\n" + "c".repeat(11) + "\r\n"
        + "d".repeat(40) + "\n\nxy\r";
    byte[] input = text.getBytes(StandardCharsets.UTF_8);
    List<String> expected = List.of("a".repeat(10), "b".repeat(10), "", "", "", "xy");
    for (int step = 1; step <= input.length; step++) {
      List<LineReader.Line> lines = linesInSteps(input, 10, step);
      assertThat(lines).as("read size %d", step).extracting(l -> l.overLong)
          .containsExactly(false, false, true, true, false, false);
      assertThat(lines).as("read size %d", step)
          .extracting(l -> new String(l.bytes, StandardCharsets.UTF_8)).isEqualTo(expected);
      assertThat(lines).extracting(l -> l.number).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }
  }

  @Test
  void recordingStream_slicesExactBytesAndStaysBounded() throws IOException {
    byte[] data = new byte[300_000];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i % 251);
    }
    RecordingInputStream in = new RecordingInputStream(new ByteArrayInputStream(data), 2000);
    byte[] buffer = new byte[700];
    assertThat(in.read(buffer, 0, 700)).isEqualTo(700);
    in.markAt(100);
    assertThat(in.read(buffer, 0, 500)).isEqualTo(500);
    assertThat(in.slice(150, 1100)).containsExactly(java.util.Arrays.copyOfRange(data, 150, 1100));
    // Past the cap only a tail is kept: the element is reported as overflowed...
    in.readNBytes(200_000);
    assertThat(in.overflowed()).isTrue();
    assertThatThrownBy(() -> in.slice(200, 300)).isInstanceOf(IllegalStateException.class);
    // ...and the next element, whose start the parser may already have read, can still be marked.
    in.markAt(200_200);
    assertThat(in.overflowed()).isFalse();
    in.readNBytes(100);
    assertThat(in.slice(200_200, 201_300)).containsExactly(java.util.Arrays.copyOfRange(data, 200_200, 201_300));
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

  @Test
  void run_outputThatFails_stopsPromptlyWithStatus3AndNoSuccessSummary() {
    // An endless producer: the run must stop on the failed write, not read on.
    InputStream endless = new InputStream() {
      private final byte[] line = "{\"id\":\"a\"}\n".getBytes(StandardCharsets.UTF_8);
      private long position;

      @Override
      public int read() {
        return line[(int) (position++ % line.length)];
      }
    };
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
