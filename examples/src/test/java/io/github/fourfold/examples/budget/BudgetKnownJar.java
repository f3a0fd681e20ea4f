package io.github.fourfold.examples.budget;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Packages {@link BudgetKnown} as a vendor ships it: its classes and its
 * {@code META-INF/services} registration ({@code examples/src/test/plugin}) in a jar of its own,
 * which is on no class path until a test puts it there.
 */
public final class BudgetKnownJar {
  /** The plug-in's classes, which the test sources compile next to the tests. */
  static final List<Class<?>> CLASSES = List.of(BudgetKnown.class, BudgetKnownProvider.class);

  /** The plug-in's registration file, relative to the examples module. */
  static final Path SERVICES =
      Path.of("src/test/plugin/META-INF/services/io.github.fourfold.QualifierProvider");

  private BudgetKnownJar() {}

  /**
   * Writes the plug-in jar.
   *
   * @param jar where to write it
   * @return {@code jar}
   * @throws IOException when the classes cannot be read or the jar cannot be written
   */
  public static Path write(Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("META-INF/services/io.github.fourfold.QualifierProvider"));
      out.write(Files.readAllBytes(SERVICES));
      out.closeEntry();
      for (Class<?> type : CLASSES) {
        String name = type.getName().replace('.', '/') + ".class";
        out.putNextEntry(new JarEntry(name));
        out.write(Files.readAllBytes(classesRoot().resolve(name)));
        out.closeEntry();
      }
    }
    return jar;
  }

  private static Path classesRoot() {
    try {
      return Path.of(BudgetKnown.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
