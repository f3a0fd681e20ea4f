package io.github.fourfold.examples.budget;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
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
    return write(jar, Files.readAllBytes(SERVICES), CLASSES);
  }

  /**
   * Writes a plug-in jar of other test classes, for tests that need a qualifier of their own.
   *
   * @param jar where to write it
   * @param provider the {@code QualifierProvider} to register
   * @param classes the classes to put in the jar, the provider among them
   * @return {@code jar}
   * @throws IOException when the classes cannot be read or the jar cannot be written
   */
  public static Path write(Path jar, Class<?> provider, List<Class<?>> classes) throws IOException {
    return write(jar, (provider.getName() + "\n").getBytes(StandardCharsets.UTF_8), classes);
  }

  private static Path write(Path jar, byte[] services, List<Class<?>> classes) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("META-INF/services/io.github.fourfold.QualifierProvider"));
      out.write(services);
      out.closeEntry();
      for (Class<?> type : classes) {
        String name = type.getName().replace('.', '/') + ".class";
        out.putNextEntry(new JarEntry(name));
        out.write(Files.readAllBytes(classesRoot(type).resolve(name)));
        out.closeEntry();
      }
    }
    return jar;
  }

  private static Path classesRoot(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
