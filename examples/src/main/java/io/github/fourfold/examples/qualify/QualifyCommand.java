package io.github.fourfold.examples.qualify;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.QualifierDiscovery;
import io.github.fourfold.QualifierFailedException;
import io.github.fourfold.QualifierProvider;
import io.github.fourfold.Verdict;
import io.github.fourfold.model.Lead;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code qualify}: qualifies the leads in JSON or NDJSON files (or standard input) and writes one
 * line per lead to standard output, as the command-line contract of the JSON format specifies.
 *
 * <p>Run it as {@code java -jar examples/target/qualify.jar [options] [FILE ...]}; {@code --help}
 * lists the options.
 */
public final class QualifyCommand {
  /** Exit status when every lead was read and qualified. */
  static final int OK = 0;
  /** Exit status when some lead could not be read or qualified. */
  static final int SOME_FAILED = 1;
  /** Exit status for bad arguments or a file that cannot be opened. */
  static final int USAGE = 2;

  /** The largest lead text handed to the reader; the reader applies the real limit (1 MiB). */
  private static final int MAX_LEAD_BYTES = 4 * 1024 * 1024 + 16;

  /**
   * Frames JSON arrays only: each element's bytes go to the lead reader, which applies the real
   * limits, so these bounds just keep a hostile array from exhausting the framer.
   */
  private static final JsonFactory FRAMING = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(64)
          .maxStringLength(16 * 1024 * 1024)
          .maxNumberLength(1024)
          .build())
      .build();

  /** Writes the error lines. */
  private static final JsonFactory ERRORS = new JsonFactory();

  private final Options options;
  private final QualificationPolicy policy;
  private final LeadCodec codec;
  private final Qualifier qualifier;
  private final OutputStream out;
  private final PrintStream err;
  private final Progress progress;
  private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
  private long errors;
  private long leads;

  private QualifyCommand(Options options, QualificationPolicy policy, LeadCodec codec,
      Qualifier qualifier, OutputStream out, PrintStream err, Progress progress) {
    this.options = options;
    this.policy = policy;
    this.codec = codec;
    this.qualifier = qualifier;
    this.out = out;
    this.err = err;
    this.progress = progress;
  }

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, System.in, System.out, err, LocalDate.now(), Progress.stderrIsTerminal());
    System.exit(status);
  }

  /**
   * Runs the command with the given streams and "today"; returns the exit status.
   *
   * @param args the command line
   * @param stdin standard input
   * @param stdout standard output
   * @param stderr standard error
   * @param today the default for {@code --as-of}
   * @param terminal whether standard error is a terminal (shows progress)
   * @return 0, 1 or 2 as the contract says
   */
  static int run(String[] args, InputStream stdin, OutputStream stdout, PrintStream stderr,
      LocalDate today, boolean terminal) {
    Options options;
    try {
      options = Options.parse(args, today);
    } catch (Options.UsageException e) {
      stderr.println("qualify: " + e.getMessage());
      stderr.println("Try 'qualify --help'.");
      return USAGE;
    }
    if (options.help) {
      PrintStream help = new PrintStream(stdout, true, StandardCharsets.UTF_8);
      help.print(Options.USAGE);
      help.flush();
      return OK;
    }
    QualificationPolicy policy =
        QualificationPolicy.builder().horizon(options.horizon).locale(options.locale).build();
    Qualifier qualifier;
    try {
      qualifier = qualifier(options.qualifiers, policy, stderr);
    } catch (Options.UsageException e) {
      stderr.println("qualify: " + e.getMessage());
      return USAGE;
    }
    List<Input> inputs = new ArrayList<>();
    try {
      for (String file : options.files.isEmpty() ? List.of("-") : options.files) {
        inputs.add(Input.open(file, stdin));
      }
    } catch (IOException e) {
      for (Input input : inputs) {
        input.closeQuietly();
      }
      stderr.println("qualify: " + e.getMessage());
      return USAGE;
    }
    LeadCodec codec = JsonCodec.create(options.strict);
    OutputStream out = new BufferedOutputStream(stdout, 1 << 16);
    QualifyCommand command =
        new QualifyCommand(options, policy, codec, qualifier, out, stderr, new Progress(stderr, terminal));
    long start = System.nanoTime();
    try {
      for (Input input : inputs) {
        try (InputStream in = input.stream) {
          command.process(input, in);
        }
      }
      out.flush();
    } catch (IOException e) {
      stderr.println("qualify: cannot read or write: " + e.getClass().getSimpleName());
      return SOME_FAILED;
    }
    command.progress.done();
    command.summary(System.nanoTime() - start);
    return command.errors == 0 ? OK : SOME_FAILED;
  }

  private static Qualifier qualifier(List<String> ids, QualificationPolicy policy, PrintStream stderr)
      throws Options.UsageException {
    QualifierDiscovery discovery = QualifierDiscovery.load(QualifyCommand.class.getClassLoader());
    for (String failure : discovery.failures()) {
      stderr.println("qualify: warning: a qualifier provider failed to load: " + failure);
    }
    List<Qualifier> parts = new ArrayList<>();
    for (String id : ids) {
      QualifierProvider provider = discovery.find(id);
      if (provider == null) {
        throw new Options.UsageException(
            "no qualifier with id '" + id + "'; available: " + String.join(", ", discovery.ids()));
      }
      parts.add(provider.create(policy));
    }
    return Qualifier.allOf(parts);
  }

  private void process(Input input, InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    skipBom(in);
    Options.InputFormat format = options.input != null ? options.input : input.defaultFormat();
    if (format == Options.InputFormat.NDJSON) {
      readNdjson(input, in);
    } else {
      readJson(input, in);
    }
  }

  private static void skipBom(BufferedInputStream in) throws IOException {
    in.mark(3);
    if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
      in.reset();
    }
  }

  private void readNdjson(Input input, InputStream in) throws IOException {
    LineReader lines = new LineReader(in, MAX_LEAD_BYTES);
    for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
      if (line.overLong) {
        error(input, line.number, -1, new ReadFailure("LIMIT_EXCEEDED", null,
            "The lead is longer than the reader's limit of 1 MiB of text.", null));
        continue;
      }
      if (LineReader.isBlank(line.bytes)) {
        continue;
      }
      lead(input, line.number, -1, line.bytes);
    }
  }

  private void readJson(Input input, BufferedInputStream in) throws IOException {
    int first = peekPastWhitespace(in);
    if (first != '[') {
      // A single lead (or not a lead at all): the reader sees the whole document.
      byte[] all = in.readNBytes(MAX_LEAD_BYTES + 1);
      if (first < 0) {
        fileError(input, new ReadFailure("MALFORMED_JSON", null, "The file holds no JSON document.", null));
      } else if (all.length > MAX_LEAD_BYTES) {
        error(input, -1, -1, new ReadFailure("LIMIT_EXCEEDED", "",
            "The lead is longer than the reader's limit of 1 MiB of text.", null));
      } else {
        lead(input, -1, -1, all);
      }
      return;
    }
    RecordingInputStream recording = new RecordingInputStream(in, MAX_LEAD_BYTES);
    long index = 0;
    try (JsonParser parser = FRAMING.createParser(recording)) {
      parser.nextToken(); // [
      while (true) {
        JsonToken token;
        try {
          token = parser.nextToken();
          if (token == JsonToken.END_ARRAY) {
            break;
          }
          if (token == null) {
            throw new JsonParseException(parser, "unexpected end of input inside the array");
          }
          long start = parser.currentTokenLocation().getByteOffset();
          recording.markAt(start);
          parser.skipChildren();
          long end = parser.currentLocation().getByteOffset();
          if (token != JsonToken.START_OBJECT) {
            error(input, -1, index, new ReadFailure("WRONG_TYPE", "", "Expected a lead (a JSON object).", null));
          } else if (recording.overflowed()) {
            error(input, -1, index, new ReadFailure("LIMIT_EXCEEDED", "",
                "The lead is longer than the reader's limit of 1 MiB of text.", null));
          } else {
            lead(input, -1, index, recording.slice(start, end));
          }
          index++;
        } catch (StreamConstraintsException e) {
          error(input, -1, index, new ReadFailure("LIMIT_EXCEEDED", null,
              "The lead exceeds a reader limit (nesting depth, string or number length).", null));
          stopFile(input, "a reader limit was exceeded inside the array");
          return;
        } catch (JsonParseException e) {
          error(input, -1, index, new ReadFailure("MALFORMED_JSON", null,
              "The JSON is malformed or not UTF-8 here; the rest of the file is skipped.", null));
          stopFile(input, "malformed JSON broke the array");
          return;
        }
      }
      try {
        if (parser.nextToken() != null) {
          fileError(input, new ReadFailure("MALFORMED_JSON", null,
              "There is content after the closing bracket of the array.", null));
        }
      } catch (JsonParseException e) {
        fileError(input, new ReadFailure("MALFORMED_JSON", null,
            "There is content after the closing bracket of the array.", null));
      }
    }
  }

  /** Drops leading JSON whitespace and returns the next byte without consuming it (-1 at the end). */
  private static int peekPastWhitespace(BufferedInputStream in) throws IOException {
    while (true) {
      in.mark(1);
      int b = in.read();
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        if (b >= 0) {
          in.reset();
        }
        return b;
      }
    }
  }

  private void stopFile(Input input, String why) {
    err.println("qualify: " + input.label() + ": " + why + "; the rest of the file is skipped.");
  }

  private void fileError(Input input, ReadFailure failure) throws IOException {
    err.println("qualify: " + input.label() + ": " + failure.getMessage());
    error(input, -1, -1, failure);
  }

  private void lead(Input input, long line, long index, byte[] json) throws IOException {
    Lead lead;
    try {
      lead = codec.read(json);
    } catch (ReadFailure failure) {
      error(input, line, index, failure);
      return;
    }
    QualificationResult result;
    try {
      result = qualifier.qualify(lead, options.asOf);
    } catch (QualifierFailedException e) {
      error(input, line, index, new ReadFailure("QUALIFIER_FAILED", null,
          String.valueOf(e.getMessage()), lead.id()));
      return;
    } catch (RuntimeException e) {
      error(input, line, index, new ReadFailure("QUALIFIER_FAILED", null,
          "Qualifier '" + qualifier.id() + "' failed: threw " + e.getClass().getName(), lead.id()));
      return;
    }
    leads++;
    verdicts.merge(result.verdict(), 1L, Long::sum);
    if (options.format == Options.OutputFormat.TEXT) {
      out.write(TextReport.render(lead, result, policy).getBytes(StandardCharsets.UTF_8));
    } else {
      codec.writeResult(result, out);
      out.write('\n');
    }
    progress.tick(leads + errors);
  }

  private void error(Input input, long line, long index, ReadFailure failure) throws IOException {
    errors++;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    try (JsonGenerator g = ERRORS.createGenerator(buffer, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeObjectFieldStart("error");
      if (input.file != null) {
        g.writeStringField("file", input.file);
      }
      if (line >= 0) {
        g.writeNumberField("line", line);
      }
      if (index >= 0) {
        g.writeNumberField("index", index);
      }
      if (failure.id != null) {
        g.writeStringField("id", failure.id);
      }
      g.writeStringField("code", failure.code);
      if (failure.pointer != null) {
        g.writeStringField("pointer", failure.pointer);
      }
      g.writeStringField("message", String.valueOf(failure.getMessage()));
      g.writeEndObject();
      g.writeEndObject();
    }
    if (options.format == Options.OutputFormat.TEXT) {
      out.write(("error: " + buffer.toString(StandardCharsets.UTF_8) + "\n\n").getBytes(StandardCharsets.UTF_8));
    } else {
      buffer.writeTo(out);
      out.write('\n');
    }
    progress.tick(leads + errors);
  }

  private void summary(long nanos) {
    double seconds = nanos / 1e9;
    long total = leads + errors;
    err.printf(Locale.ROOT, "qualify: %d leads: %d SQL, %d NOT_YET, %d DISQUALIFIED, %d errors in %.2f s (%.0f leads/s)%n",
        total,
        verdicts.getOrDefault(Verdict.SQL, 0L),
        verdicts.getOrDefault(Verdict.NOT_YET, 0L),
        verdicts.getOrDefault(Verdict.DISQUALIFIED, 0L),
        errors,
        seconds,
        seconds > 0 ? total / seconds : 0.0);
  }

  /** One input: a file, or standard input. */
  static final class Input {
    final @Nullable String file;
    final InputStream stream;

    private Input(@Nullable String file, InputStream stream) {
      this.file = file;
      this.stream = stream;
    }

    static Input open(String argument, InputStream stdin) throws IOException {
      if (argument.equals("-")) {
        return new Input(null, stdin);
      }
      Path path = Paths.get(argument);
      if (Files.isDirectory(path)) {
        throw new IOException("cannot open " + argument + ": it is a directory");
      }
      try {
        return new Input(argument, Files.newInputStream(path));
      } catch (IOException e) {
        throw new IOException("cannot open " + argument + ": " + reason(e), e);
      }
    }

    private static String reason(IOException e) {
      if (e instanceof java.nio.file.NoSuchFileException) {
        return "no such file";
      }
      if (e instanceof java.nio.file.AccessDeniedException) {
        return "permission denied";
      }
      return e.getClass().getSimpleName();
    }

    Options.InputFormat defaultFormat() {
      return file != null && file.toLowerCase(Locale.ROOT).endsWith(".json")
          ? Options.InputFormat.JSON
          : Options.InputFormat.NDJSON;
    }

    String label() {
      return file != null ? file : "standard input";
    }

    void closeQuietly() {
      if (file == null) {
        return;
      }
      try {
        stream.close();
      } catch (IOException ignored) {
        // Nothing was read from it; the run stops anyway.
      }
    }
  }
}
