package io.github.fourfold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public builder hides the class Immutables generates for it: when that superclass is not
 * public, Javadoc documents the inherited builder methods (with their generated comments) as the
 * builder's own and never names the generated class. A public superclass turns them into a bare
 * list of names under a type the reader cannot see ({@code scripts/CheckJavadoc.java} checks the
 * published pages themselves).
 */
final class PublicBuildersTest {

  @Test
  void publicBuilders_extendNoPublicGeneratedClass() throws Exception {
    List<Class<?>> builders = publicBuilders();

    assertThat(builders)
        .extracting(Class::getName)
        .contains("io.github.fourfold.model.Lead$Builder",
            "io.github.fourfold.QualificationResult$Builder",
            "io.github.fourfold.report.HandoffOptions$Builder");
    assertThat(builders)
        .allSatisfy(builder -> assertThat(Modifier.isPublic(builder.getSuperclass().getModifiers()))
            .as("%s extends the public %s", builder.getName(), builder.getSuperclass().getName())
            .isFalse());
  }

  /** The public nested {@code Builder} classes of the API packages (not {@code internal}). */
  private static List<Class<?>> publicBuilders()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(
        QualificationResult.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names = files
          .map(file -> classes.relativize(file).toString().replace('\\', '/'))
          .filter(file -> file.endsWith("$Builder.class") && !file.contains("/internal/"))
          .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
          .collect(Collectors.toList());
    }
    List<Class<?>> builders = new ArrayList<>();
    for (String name : names) {
      Class<?> type = Class.forName(name);
      if (Modifier.isPublic(type.getModifiers())
          && Modifier.isPublic(type.getEnclosingClass().getModifiers())) {
        builders.add(type);
      }
    }
    return builders;
  }
}
