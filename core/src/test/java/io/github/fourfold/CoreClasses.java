package io.github.fourfold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The classes compiled from core's main sources, for tests that check the API's shape. */
public final class CoreClasses {
  private CoreClasses() {}

  /**
   * Every class compiled from core's main sources, not initialized.
   *
   * @return the classes, nested ones included
   */
  public static List<Class<?>> all() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(Qualifier.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (Stream<Path> files = Files.walk(root)) {
      names = files.map(root::relativize).map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .collect(Collectors.toList());
    }
    assertThat(names).contains("io.github.fourfold.Qualifier");
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      classes.add(Class.forName(name, false, Qualifier.class.getClassLoader()));
    }
    return classes;
  }
}
