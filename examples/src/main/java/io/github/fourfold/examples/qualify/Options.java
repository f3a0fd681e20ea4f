package io.github.fourfold.examples.qualify;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The parsed command line of {@code qualify}; {@link #parse} rejects anything the contract does not allow. */
final class Options {
  /** How inputs are framed. */
  enum InputFormat {
    JSON,
    NDJSON
  }

  /** What is written to standard output. */
  enum OutputFormat {
    NDJSON,
    TEXT
  }

  static final String USAGE =
      "usage: qualify [--as-of DATE] [--horizon PERIOD] [--locale LANG] [--strict]\n"
          + "               [--input json|ndjson] [--format ndjson|text] [--qualifier ID[,ID...]]\n"
          + "               [--plugins DIR|JAR]... [--rules FILE]... [--threads N] [FILE ...]\n"
          + "       qualify --check-rules FILE...\n"
          + "Reads leads (JSON or NDJSON) from the files, or standard input, and writes one result\n"
          + "per lead. FILE '-' is standard input. Options also take the --name=value form.\n"
          + "  --as-of DATE        reference date, yyyy-mm-dd (default: today)\n"
          + "  --horizon PERIOD    urgency horizon, ISO-8601 period such as P12M (default P12M)\n"
          + "  --locale LANG       language of messages and questions: en, nl, or one whose\n"
          + "                      META-INF/fourfold/Messages_LANG.properties is on the class path\n"
          + "                      (default en)\n"
          + "  --strict            reject properties the format does not define\n"
          + "  --input json|ndjson framing for every input (default: by file name, .json = JSON)\n"
          + "  --format ndjson|text  output: one JSON result per line (default) or a readable report\n"
          + "  --qualifier IDS     qualifiers to combine, by provider id, each once\n"
          + "                      (default four-question)\n"
          + "  --plugins DIR|JAR   also load qualifier providers from a jar, or every jar in a\n"
          + "                      directory; may be given more than once\n"
          + "  --rules FILE        also apply a rule definition (JSON, see examples/rules/), combined\n"
          + "                      after the qualifiers; may be given more than once; an invalid\n"
          + "                      definition is a usage error, each problem shown with its pointer\n"
          + "  --threads N         parse, qualify and format on N threads, 1 to " + Pipeline.MAX_THREADS + ", while one\n"
          + "                      more frames the input; the output is the same, in input\n"
          + "                      order (default: the number of processors; 1 runs everything\n"
          + "                      on one thread)\n"
          + "  --check-rules FILE  only check a rule definition: print OK, or each problem with\n"
          + "                      its JSON Pointer (exit 2); may be given more than once\n"
          + "  --help              this text\n"
          + "Exit status: 0 every lead qualified, 1 some lead or input could not be read or\n"
          + "qualified, 2 bad arguments or a file that cannot be opened, 3 standard output\n"
          + "could not be written.\n";

  final LocalDate asOf;
  final Period horizon;
  final Locale locale;
  final boolean strict;
  final @Nullable InputFormat input;
  final OutputFormat format;
  final List<String> qualifiers;
  final List<String> files;
  final List<String> plugins;
  final List<String> rules;
  final List<String> checkRules;
  final int threads;
  final boolean help;

  private Options(LocalDate asOf, Period horizon, Locale locale, boolean strict,
      @Nullable InputFormat input, OutputFormat format, List<String> qualifiers, List<String> files,
      List<String> plugins, List<String> rules, List<String> checkRules, int threads, boolean help) {
    this.asOf = asOf;
    this.horizon = horizon;
    this.locale = locale;
    this.strict = strict;
    this.input = input;
    this.format = format;
    this.qualifiers = List.copyOf(qualifiers);
    this.files = List.copyOf(files);
    this.plugins = List.copyOf(plugins);
    this.rules = List.copyOf(rules);
    this.checkRules = List.copyOf(checkRules);
    this.threads = threads;
    this.help = help;
  }

  /** Thrown for a command line that breaks the contract; exit status 2. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  static Options parse(String[] args, LocalDate today) throws UsageException {
    LocalDate asOf = today;
    Period horizon = Period.ofMonths(12);
    Locale locale = Locale.ENGLISH;
    boolean strict = false;
    InputFormat input = null;
    OutputFormat format = OutputFormat.NDJSON;
    List<String> qualifiers = new ArrayList<>(List.of("four-question"));
    List<String> files = new ArrayList<>();
    List<String> plugins = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    List<String> checkRules = new ArrayList<>();
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), Pipeline.MAX_THREADS);
    boolean help = false;
    boolean onlyFiles = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (onlyFiles || arg.equals("-") || !arg.startsWith("--")) {
        if (!onlyFiles && arg.startsWith("-") && !arg.equals("-")) {
          throw new UsageException("unknown option " + arg);
        }
        files.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        onlyFiles = true;
        continue;
      }
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (eq >= 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      switch (name) {
        case "--help":
        case "--strict":
          if (value != null) {
            throw new UsageException(name + " takes no value");
          }
          if (name.equals("--help")) {
            help = true;
          } else {
            strict = true;
          }
          break;
        case "--as-of":
        case "--horizon":
        case "--locale":
        case "--input":
        case "--format":
        case "--qualifier":
        case "--plugins":
        case "--rules":
        case "--check-rules":
        case "--threads":
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new UsageException(name + " needs a value");
            }
            value = args[++i];
          }
          switch (name) {
            case "--as-of":
              asOf = date(value);
              break;
            case "--horizon":
              horizon = period(value);
              break;
            case "--locale":
              locale = locale(value);
              break;
            case "--input":
              input = choice(InputFormat.class, name, value);
              break;
            case "--format":
              format = choice(OutputFormat.class, name, value);
              break;
            case "--plugins":
              if (value.isEmpty()) {
                throw new UsageException("--plugins needs a directory or a jar");
              }
              plugins.add(value);
              break;
            case "--threads":
              threads = threads(value);
              break;
            case "--rules":
            case "--check-rules":
              if (value.isEmpty()) {
                throw new UsageException(name + " needs a file");
              }
              (name.equals("--rules") ? rules : checkRules).add(value);
              break;
            default:
              qualifiers = qualifierIds(value);
              break;
          }
          break;
        default:
          throw new UsageException("unknown option " + name);
      }
    }
    if (files.stream().filter("-"::equals).count() > 1) {
      // A second '-' could only read what the first left: nothing, or a closed stream.
      throw new UsageException("standard input ('-') can be named only once");
    }
    if (!checkRules.isEmpty() && (!files.isEmpty() || !rules.isEmpty())) {
      throw new UsageException("--check-rules only checks definitions: it takes no leads and no --rules");
    }
    return new Options(asOf, horizon, locale, strict, input, format, qualifiers, files, plugins, rules,
        checkRules, threads, help);
  }

  private static int threads(String value) throws UsageException {
    // Digits only (no sign, no spaces), and few enough that the number is an int.
    if (value.matches("[0-9]{1,4}")) {
      int threads = Integer.parseInt(value);
      if (threads >= 1 && threads <= Pipeline.MAX_THREADS) {
        return threads;
      }
    }
    throw new UsageException("--threads needs a whole number from 1 to " + Pipeline.MAX_THREADS);
  }

  private static LocalDate date(String value) throws UsageException {
    try {
      if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new DateTimeParseException("not yyyy-mm-dd", value, 0);
      }
      LocalDate date = LocalDate.parse(value);
      if (date.getYear() < 1) {
        throw new DateTimeParseException("year 0", value, 0);
      }
      return date;
    } catch (DateTimeParseException e) {
      throw new UsageException("--as-of needs a real date as yyyy-mm-dd, years 0001-9999");
    }
  }

  private static Period period(String value) throws UsageException {
    try {
      Period period = Period.parse(value);
      if (period.isNegative()) {
        throw new UsageException("--horizon must not be negative");
      }
      return period;
    } catch (DateTimeParseException e) {
      throw new UsageException("--horizon needs an ISO-8601 period such as P12M or P1Y6M");
    }
  }

  /**
   * A language code (ISO 639, lower case, as in the message file names, e.g. {@code nl}); whether
   * it has messages is checked once the class path and plug-ins are known.
   */
  private static Locale locale(String value) throws UsageException {
    if (value.matches("[a-z]{2,8}")) {
      return Locale.forLanguageTag(value);
    }
    throw new UsageException("--locale needs a language code in lower case, such as en or nl");
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String name, String value)
      throws UsageException {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
        return constant;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      allowed.append(allowed.length() == 0 ? "" : "|").append(constant.name().toLowerCase(Locale.ROOT));
    }
    throw new UsageException(name + " must be " + allowed);
  }

  private static List<String> qualifierIds(String value) throws UsageException {
    List<String> ids = new ArrayList<>();
    for (String id : value.split(",", -1)) {
      if (id.isBlank()) {
        throw new UsageException("--qualifier needs provider ids separated by commas");
      }
      if (ids.contains(id.trim())) {
        // Combining a qualifier with itself would list each of its findings twice.
        throw new UsageException("--qualifier names '" + TerminalText.safe(id.trim()) + "' more than once");
      }
      ids.add(id.trim());
    }
    return ids;
  }
}
