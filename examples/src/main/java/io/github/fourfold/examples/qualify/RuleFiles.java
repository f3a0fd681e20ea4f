package io.github.fourfold.examples.qualify;

import io.github.fourfold.Qualifier;
import io.github.fourfold.jackson.rules.RuleDefinitions;
import io.github.fourfold.rules.DefinitionError;
import io.github.fourfold.rules.InvalidDefinitionException;
import io.github.fourfold.rules.RuleDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule definitions named by {@code --rules} and {@code --check-rules}: each file is read with
 * the definition reader (at most its size limit), and every problem is one line naming the file,
 * the error's code and its JSON Pointer into the definition.
 */
final class RuleFiles {
  private RuleFiles() {}

  /** A file that cannot be read, or a definition that is not valid: the lines to print. */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
    final List<String> lines;

    Invalid(List<String> lines) {
      super(lines.get(0), null, false, false);
      this.lines = List.copyOf(lines);
    }
  }

  /** Reads and checks one definition file. */
  static RuleDefinition read(String file) throws Invalid {
    String name = TerminalText.safe(file);
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new Invalid(List.of(name + ": this name cannot be used with the system's file-name encoding"));
    }
    if (Files.isDirectory(path)) {
      throw new Invalid(List.of(name + ": cannot open: it is a directory"));
    }
    try (InputStream in = Files.newInputStream(path)) {
      return RuleDefinitions.read(in);
    } catch (InvalidDefinitionException e) {
      List<String> lines = new ArrayList<>();
      for (DefinitionError error : e.errors()) {
        lines.add(name + ": " + TerminalText.safe(error.toString()));
      }
      throw new Invalid(lines);
    } catch (IOException | RuntimeException e) {
      throw new Invalid(List.of(name + ": cannot read: "
          + (e instanceof IOException io ? QualifyCommand.Input.reason(io) : "an input/output error")));
    }
  }

  /** Compiles the {@code --rules} files in order; the first invalid one stops with its errors. */
  static List<Qualifier> compile(List<String> files) throws Invalid {
    List<Qualifier> qualifiers = new ArrayList<>();
    for (String file : files) {
      qualifiers.add(read(file).compile());
    }
    return qualifiers;
  }

  /**
   * Checks each {@code --check-rules} file: one OK line on standard output for a valid one, each
   * problem on standard error for another.
   *
   * @return 0 when every file holds a valid definition, else 2
   */
  static int check(List<String> files, PrintStream out, PrintStream err) {
    int status = QualifyCommand.OK;
    for (String file : files) {
      try {
        RuleDefinition definition = read(file);
        int checks = definition.criteria().stream().mapToInt(c -> c.checks().size()).sum();
        out.println(TerminalText.safe(file) + ": OK, definition '" + TerminalText.safe(definition.id()) + "' with "
            + definition.criteria().size() + " criteria and " + checks + " checks");
      } catch (Invalid e) {
        for (String line : e.lines) {
          err.println("qualify: " + line);
        }
        status = QualifyCommand.USAGE;
      }
    }
    out.flush();
    return status;
  }
}
