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
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
  /** Exit status when standard output could not be written: the run stopped there. */
  static final int OUTPUT_FAILED = 3;

  /**
   * The largest lead, in bytes of UTF-8 (the format's default, 1 MiB). The command gives it to
   * the reader and applies it to lines and array elements itself, so that an over-long lead is
   * one error, the reader's, whatever its framing and size.
   */
  static final int MAX_LEAD_BYTES = 1_048_576;

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

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
  private final CheckedOutput out;
  private final PrintStream err;
  private final Progress progress;
  private final @Nullable TextReport text;
  private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
  private long errors;
  private long leads;
  private long unreadInputs;

  private QualifyCommand(Options options, QualificationPolicy policy, LeadCodec codec,
      Qualifier qualifier, CheckedOutput out, PrintStream err, Progress progress) {
    this.options = options;
    this.policy = policy;
    this.codec = codec;
    this.qualifier = qualifier;
    this.out = out;
    this.err = err;
    this.progress = progress;
    this.text = options.format == Options.OutputFormat.TEXT ? new TextReport(policy) : null;
  }

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    // Standard output straight on its file descriptor: System.out is a PrintStream, which
    // swallows write errors (a closed pipe, a full disk) and would let a failed run look fine.
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    int status;
    try {
      status = run(args, System.in, stdout, err, LocalDate.now(), Progress.stderrIsTerminal());
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      // Not reached by any input we know of; still, no stack trace for the user.
      err.println("qualify: stopped by an internal failure; please report it: " + e.getClass().getName());
      status = SOME_FAILED;
    }
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
   * @return 0, 1, 2 or 3 as the usage text says
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
    if (!options.checkRules.isEmpty()) {
      return RuleFiles.check(options.checkRules, new PrintStream(stdout, true, StandardCharsets.UTF_8), stderr);
    }
    Plugins plugins;
    try {
      plugins = Plugins.find(options.plugins);
    } catch (Options.UsageException e) {
      stderr.println("qualify: " + e.getMessage());
      return USAGE;
    }
    ClassLoader loader = plugins.loader(QualifyCommand.class.getClassLoader());
    Set<String> languages = Languages.available(QualifyCommand.class.getClassLoader());
    if (!languages.contains(options.locale.getLanguage())) {
      stderr.println("qualify: --locale " + options.locale.getLanguage()
          + ": no messages in that language on the class path; available: " + String.join(", ", languages));
      return USAGE;
    }
    QualificationPolicy policy =
        QualificationPolicy.builder().horizon(options.horizon).locale(options.locale).build();
    List<Qualifier> rules;
    try {
      rules = RuleFiles.compile(options.rules);
    } catch (RuleFiles.Invalid e) {
      for (String line : e.lines) {
        stderr.println("qualify: --rules " + line);
      }
      return USAGE;
    }
    Qualifier qualifier;
    try {
      qualifier = qualifier(options.qualifiers, rules, policy, loader, plugins, stderr);
    } catch (Options.UsageException e) {
      stderr.println("qualify: " + e.getMessage());
      return USAGE;
    }
    // Every file is checked before anything is written; each is opened only when its turn
    // comes, so any number of files can be named.
    List<Input> inputs = new ArrayList<>();
    try {
      for (String file : options.files.isEmpty() ? List.of("-") : options.files) {
        inputs.add(Input.check(file));
      }
    } catch (Options.UsageException e) {
      stderr.println("qualify: " + e.getMessage());
      return USAGE;
    }
    LeadCodec codec = JsonCodec.create(options.strict, MAX_LEAD_BYTES);
    CheckedOutput out = new CheckedOutput(stdout);
    QualifyCommand command =
        new QualifyCommand(options, policy, codec, qualifier, out, stderr, new Progress(stderr, terminal));
    long start = System.nanoTime();
    try {
      for (Input input : inputs) {
        command.process(input, stdin);
      }
      out.flush();
    } catch (IOException e) {
      command.progress.done();
      stderr.println("qualify: cannot write standard output: " + CheckedOutput.reason(e)
          + "; stopped after " + count(command.leads + command.errors) + ", the run did not complete.");
      return OUTPUT_FAILED;
    }
    command.progress.done();
    command.summary(System.nanoTime() - start);
    return command.errors == 0 && command.unreadInputs == 0 ? OK : SOME_FAILED;
  }

  private static String count(long leads) {
    return leads == 1 ? "1 lead" : leads + " leads";
  }

  /** The qualifiers by id, in order, then the compiled rule definitions, in order, as one. */
  private static Qualifier qualifier(List<String> ids, List<Qualifier> rules, QualificationPolicy policy, ClassLoader loader,
      Plugins plugins, PrintStream stderr) throws Options.UsageException {
    QualifierDiscovery discovery = QualifierDiscovery.load(loader);
    for (String failure : discovery.failures()) {
      stderr.println("qualify: warning: a qualifier provider failed to load: " + TerminalText.safe(failure));
    }
    List<Qualifier> parts = new ArrayList<>();
    for (String id : ids) {
      QualifierProvider provider = discovery.find(id);
      if (provider == null) {
        List<String> found = new ArrayList<>();
        for (String known : discovery.ids()) {
          found.add(TerminalText.safe(known));
        }
        throw new Options.UsageException("no qualifier with id '" + TerminalText.safe(id) + "'; found: "
            + (found.isEmpty() ? "none" : String.join(", ", found)) + " (" + plugins.searched() + ")");
      }
      parts.add(provider.create(policy));
    }
    parts.addAll(rules);
    return Qualifier.allOf(parts);
  }

  /**
   * Reads one input to its end. A failure to read it (or to open it, when it changed since the
   * check) is said on standard error, naming the input, and the run goes on with the next one;
   * what was computed before stays written. A failure of standard output is thrown.
   */
  private void process(Input input, InputStream stdin) throws IOException {
    try (InputStream in = input.open(stdin)) {
      read(input, in);
    } catch (IOException e) {
      if (out.failure() != null) {
        throw out.failure();
      }
      unreadInputs++;
      err.println("qualify: " + TerminalText.safe(input.label()) + ": cannot read: " + Input.reason(e)
          + "; the rest of this input is skipped.");
    }
  }

  private void read(Input input, InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    // One BOM at the start of an input is ignored; any other is the lead's malformed JSON.
    skipBom(in);
    Options.InputFormat format = options.input != null ? options.input : input.defaultFormat();
    if (format == Options.InputFormat.NDJSON) {
      readNdjson(input, in);
    } else {
      readJson(input, in);
    }
  }

  private static boolean startsWithBom(byte[] json) {
    return json.length >= 3 && json[0] == BOM[0] && json[1] == BOM[1] && json[2] == BOM[2];
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
        error(input, line.number, -1, codec.tooLarge());
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
        error(input, -1, -1, codec.tooLarge());
        // The rest is not a lead of its own: read past it without keeping it.
        in.transferTo(OutputStream.nullOutputStream());
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
          } else if (recording.overflowed() || end - start > MAX_LEAD_BYTES) {
            error(input, -1, index, codec.tooLarge());
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
    err.println("qualify: " + TerminalText.safe(input.label()) + ": " + why + "; the rest of the file is skipped.");
  }

  private void fileError(Input input, ReadFailure failure) throws IOException {
    err.println("qualify: " + TerminalText.safe(input.label()) + ": " + failure.getMessage());
    error(input, -1, -1, failure);
  }

  private void lead(Input input, long line, long index, byte[] json) throws IOException {
    if (startsWithBom(json)) {
      // The reader would skip it, as at the start of any document; in a stream of leads only
      // the input's first BOM is one (the format's framing rule).
      error(input, line, index, new ReadFailure("MALFORMED_JSON", null,
          "expected no byte order mark here: one is ignored at the start of an input only", null));
      return;
    }
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
    if (text != null) {
      out.write(text.render(lead, result).getBytes(StandardCharsets.UTF_8));
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
      // JSON escapes C0 controls but not C1 ones or bidirectional controls; as \\uXXXX they stay
      // valid JSON and harmless on a terminal.
      String safe = TerminalText.safe(buffer.toString(StandardCharsets.UTF_8));
      out.write(("error: " + safe + "\n\n").getBytes(StandardCharsets.UTF_8));
    } else {
      buffer.writeTo(out);
      out.write('\n');
    }
    progress.tick(leads + errors);
  }

  private void summary(long nanos) {
    double seconds = nanos / 1e9;
    long total = leads + errors;
    err.printf(Locale.ROOT, "qualify: %s: %d SQL, %d NOT_YET, %d DISQUALIFIED, %d errors%s in %.2f s (%.0f leads/s)%n",
        count(total),
        verdicts.getOrDefault(Verdict.SQL, 0L),
        verdicts.getOrDefault(Verdict.NOT_YET, 0L),
        verdicts.getOrDefault(Verdict.DISQUALIFIED, 0L),
        errors,
        unreadInputs == 0 ? "" : unreadInputs == 1 ? "; 1 input could not be read" : "; " + unreadInputs + " inputs could not be read",
        seconds,
        seconds > 0 ? total / seconds : 0.0);
  }

  /** One input: a file, or standard input. */
  static final class Input {
    final @Nullable String file;
    private final @Nullable Path path;

    private Input(@Nullable String file, @Nullable Path path) {
      this.file = file;
      this.path = path;
    }

    /** Checks that a file exists and can be read, without opening it; {@code -} is standard input. */
    static Input check(String argument) throws Options.UsageException {
      if (argument.equals("-")) {
        return new Input(null, null);
      }
      String name = TerminalText.safe(argument);
      Path path;
      try {
        path = Paths.get(argument);
      } catch (InvalidPathException e) {
        throw new Options.UsageException("cannot open " + name
            + ": this name cannot be used with the system's file-name encoding (set a UTF-8 locale, e.g. LC_ALL=C.UTF-8)");
      }
      if (Files.isDirectory(path)) {
        throw new Options.UsageException("cannot open " + name + ": it is a directory");
      }
      if (!Files.exists(path)) {
        throw new Options.UsageException("cannot open " + name + ": no such file");
      }
      if (!Files.isReadable(path)) {
        throw new Options.UsageException("cannot open " + name + ": permission denied");
      }
      return new Input(argument, path);
    }

    /** Opens the input when its turn comes; standard input is never closed by the command. */
    InputStream open(InputStream stdin) throws IOException {
      if (path == null) {
        return new FilterInputStream(stdin) {
          @Override
          public void close() {
            // Standard input stays open.
          }
        };
      }
      return Files.newInputStream(path);
    }

    /** Why an input could not be opened or read, in words, never a Java class name. */
    static String reason(IOException e) {
      if (e instanceof NoSuchFileException) {
        return "no such file";
      }
      if (e instanceof AccessDeniedException) {
        return "permission denied";
      }
      if (e instanceof FileSystemException) {
        // Its message starts with the file name; the reason is the system's words, if any.
        String reason = ((FileSystemException) e).getReason();
        return reason == null ? "an input/output error" : TerminalText.safe(reason);
      }
      String message = e.getMessage();
      return message == null || message.isBlank() ? "an input/output error" : TerminalText.safe(message);
    }

    Options.InputFormat defaultFormat() {
      return file != null && file.toLowerCase(Locale.ROOT).endsWith(".json")
          ? Options.InputFormat.JSON
          : Options.InputFormat.NDJSON;
    }

    String label() {
      return file != null ? file : "standard input";
    }
  }
}
