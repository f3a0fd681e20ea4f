package io.github.fourfold.examples.qualify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The jars named by {@code --plugins}: each argument is a jar, or a directory whose {@code *.jar}
 * files (in name order) are all loaded. Their {@code QualifierProvider}s are found through
 * {@link java.util.ServiceLoader} on a class loader whose parent is the command's own.
 */
final class Plugins {
  private final List<Path> jars;

  private Plugins(List<Path> jars) {
    this.jars = List.copyOf(jars);
  }

  /** Resolves the arguments to jars; a missing or unreadable one is a usage error. */
  static Plugins find(List<String> arguments) throws Options.UsageException {
    List<Path> jars = new ArrayList<>();
    for (String argument : arguments) {
      Path path;
      try {
        path = Path.of(argument);
      } catch (InvalidPathException e) {
        throw new Options.UsageException("--plugins " + TerminalText.safe(argument)
            + ": this name cannot be used with the system's file-name encoding (set a UTF-8 locale)");
      }
      if (Files.isDirectory(path)) {
        List<Path> inDirectory = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path, "*.{jar,JAR}")) {
          for (Path entry : entries) {
            inDirectory.add(entry);
          }
        } catch (IOException | UncheckedIOException e) {
          throw new Options.UsageException("--plugins " + TerminalText.safe(argument) + ": cannot list the directory");
        }
        inDirectory.sort(null);
        jars.addAll(inDirectory);
      } else if (!Files.isRegularFile(path)) {
        throw new Options.UsageException("--plugins " + TerminalText.safe(argument) + ": no such jar or directory");
      } else if (!Files.isReadable(path)) {
        throw new Options.UsageException("--plugins " + TerminalText.safe(argument) + ": permission denied");
      } else if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")) {
        throw new Options.UsageException("--plugins " + TerminalText.safe(argument) + ": not a .jar file");
      } else {
        jars.add(path);
      }
    }
    return new Plugins(jars);
  }

  /** The class loader to discover providers with: the command's own when there are no plug-ins. */
  ClassLoader loader(ClassLoader parent) {
    if (jars.isEmpty()) {
      return parent;
    }
    URL[] urls = new URL[jars.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = jars.get(i).toAbsolutePath().toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalStateException("a file path always makes a URL", e);
      }
    }
    // Lives as long as the run: the providers' classes are used until the JVM exits.
    return new URLClassLoader(urls, parent);
  }

  /** Where providers were looked for, for the "no qualifier with id" message. */
  String searched() {
    if (jars.isEmpty()) {
      return "looked on qualify's class path; no --plugins given";
    }
    List<String> names = new ArrayList<>();
    for (Path jar : jars) {
      names.add(TerminalText.safe(jar.toString()));
    }
    return "looked on qualify's class path and in --plugins " + String.join(", ", names);
  }
}
