package io.github.fourfold.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/io/github/fourfold/report/golden/}. Run the tests
 * with {@code -Dfourfold.golden.update=true} to rewrite them from the current output, then review
 * the diff before committing.
 */
final class Golden {
  private static final String FOLDER = "io/github/fourfold/report/golden/";

  private Golden() {}

  static void assertMatches(String name, String actual) {
    if (Boolean.getBoolean("fourfold.golden.update")) {
      try {
        Path file = Path.of("src/test/resources", FOLDER, name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    assertThat(actual).as("golden file %s", name).isEqualTo(read(name));
  }

  static String read(String name) {
    try (InputStream in = Golden.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new AssertionError("Missing golden file " + FOLDER + name
            + "; run with -Dfourfold.golden.update=true to create it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
