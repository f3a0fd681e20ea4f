package io.github.fourfold.examples.qualify;

import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.Qualifier;
import io.github.fourfold.QualifierDiscovery;
import io.github.fourfold.QualifierProvider;
import io.github.fourfold.Verdict;
import io.github.fourfold.jackson.FourfoldJson;
import io.github.fourfold.json.Framing;
import io.github.fourfold.json.JsonReadError;
import io.github.fourfold.json.LeadReader;
import io.github.fourfold.json.LeadRecord;
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
   * The largest lead, in bytes of UTF-8 (the format's default, 1 MiB). The library's streaming
   * reader keeps a line or array element only up to it: an over-long lead is the reader's one
   * {@code LIMIT_EXCEEDED} error, whatever its framing and size.
   */
  static final int MAX_LEAD_BYTES = 1_048_576;

  /** The error code of a lead that was read but whose qualifier failed (not a reading error). */
  static final String QUALIFIER_FAILED = "QUALIFIER_FAILED";

  private final Options options;
  private final FourfoldJson json;
  private final Qualifier qualifier;
  private final CheckedOutput out;
  private final PrintStream err;
  private final Progress progress;
  private final @Nullable TextReport text;
  private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
  private long errors;
  private long leads;
  private long unreadInputs;

  private QualifyCommand(Options options, QualificationPolicy policy, FourfoldJson json,
      Qualifier qualifier, CheckedOutput out, PrintStream err, Progress progress) {
    this.options = options;
    this.json = json;
    this.qualifier = qualifier;
    this.out = out;
    this.err = err;
    this.progress = progress;
    this.text = options.format == Options.OutputFormat.TEXT ? new TextReport(policy) : null;
  }

  /** A formatter of output lines onto a stream: the command's output, or a batch's buffer. */
  private LineFormatter formatter(OutputStream stream) {
    return new LineFormatter(json, qualifier, options.asOf, text, stream);
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
    FourfoldJson json = FourfoldJson.builder().strict(options.strict).maxDocumentBytes(MAX_LEAD_BYTES).build();
    CheckedOutput out = new CheckedOutput(stdout);
    QualifyCommand command =
        new QualifyCommand(options, policy, json, qualifier, out, stderr, new Progress(stderr, terminal));
    long start = System.nanoTime();
    LineFormatter lines = command.formatter(out);
    try {
      if (options.threads == 1) {
        for (Input input : inputs) {
          command.process(input, stdin, lines);
        }
      } else {
        command.parallel(inputs, stdin);
      }
      lines.flush();
      out.flush();
    } catch (RuntimeException | Error e) {
      // Not reached by any input we know of: what was computed before still reaches the output.
      try {
        lines.flush();
      } catch (IOException | RuntimeException alsoFailed) {
        e.addSuppressed(alsoFailed);
      }
      throw e;
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
   * Reads one input to its end on this thread. A failure to read it (or to open it, when it
   * changed since the check) is said on standard error, naming the input, and the run goes on
   * with the next one; what was computed before stays written. A failure of standard output is
   * thrown.
   */
  private void process(Input input, InputStream stdin, LineFormatter lines) throws IOException {
    try (InputStream in = input.open(stdin)) {
      LeadReader reader = reader(input, in);
      for (LeadRecord record = reader.read(); record != null; record = reader.read()) {
        written(input, record, lines.write(input.file, record));
      }
    } catch (IOException e) {
      if (out.failure() != null) {
        throw out.failure();
      }
      unread(input, e);
    }
  }

  /**
   * Reads on one thread, qualifies and formats on {@code --threads} workers, and writes here, in
   * input order, with the same lines, messages and counts as {@link #process}.
   */
  private void parallel(List<Input> inputs, InputStream stdin) throws IOException {
    Pipeline.Inputs source = new Pipeline.Inputs() {
      @Override
      public List<Input> list() {
        return inputs;
      }

      @Override
      public InputStream open(Input input) throws IOException {
        return input.open(stdin);
      }

      @Override
      public LeadReader reader(Input input, InputStream in) {
        return QualifyCommand.this.reader(input, in);
      }
    };
    new Pipeline(options.threads, source, this::formatter).run(batch -> {
      batch.writeLinesTo(out);
      for (int i = 0; i < batch.formatted(); i++) {
        written(batch.input, batch.record(i), batch.verdict(i));
      }
      IOException unread = batch.unread;
      if (unread != null) {
        unread(batch.input, unread);
      }
    });
  }

  /** The library's reader of an input, framed by {@code --input} or the file name. */
  private LeadReader reader(Input input, InputStream in) {
    Options.InputFormat format = options.input != null ? options.input : input.defaultFormat();
    return json.readLeads(in, format == Options.InputFormat.NDJSON ? Framing.NDJSON : Framing.JSON);
  }

  /** Counts a record whose line was written: a lead with its verdict, or an error (null). */
  private void written(Input input, LeadRecord record, @Nullable Verdict verdict) {
    if (verdict != null) {
      leads++;
      verdicts.merge(verdict, 1L, Long::sum);
    } else {
      errors++;
      JsonReadError error = record.error();
      if (record.endsInput() && error != null) {
        // A broken array, content after the document or no document at all: also said on
        // standard error, as it ends the input.
        err.println("qualify: " + TerminalText.safe(input.label()) + ": " + error.detail()
            + (record.index() >= 0 ? "; the rest of the file is skipped." : ""));
      }
    }
    progress.tick(leads + errors);
  }

  /** An input that failed while it was read: named on standard error; the run goes on. */
  private void unread(Input input, IOException e) {
    unreadInputs++;
    err.println("qualify: " + TerminalText.safe(input.label()) + ": cannot read: " + Input.reason(e)
        + "; the rest of this input is skipped.");
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

    /** Standard input. */
    static Input standardInput() {
      return new Input(null, null);
    }

    /** Checks that a file exists and can be read, without opening it; {@code -} is standard input. */
    static Input check(String argument) throws Options.UsageException {
      if (argument.equals("-")) {
        return standardInput();
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
