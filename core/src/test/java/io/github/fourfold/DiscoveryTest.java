package io.github.fourfold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link QualifierDiscovery}: providers on the class path are found; broken ones are reported. */
final class DiscoveryTest {
  /** A provider whose constructor fails, as a misconfigured plug-in would. */
  public static final class ExplodingProvider implements QualifierProvider {
    public ExplodingProvider() {
      throw new IllegalStateException("cannot start");
    }

    @Override
    public String id() {
      return "exploding";
    }

    @Override
    public Qualifier create(QualificationPolicy policy) {
      return Qualifier.fourQuestion(policy);
    }
  }

  @Test
  void load_findsTheDefaultRule() {
    QualifierDiscovery discovery = QualifierDiscovery.load();
    assertThat(discovery.ids()).contains("four-question");
    QualifierProvider provider = discovery.find("four-question");
    assertThat(provider).isNotNull();
    assertThat(provider.create(QualificationPolicy.ofDefaults()).id()).isEqualTo("four-question/1");
    assertThat(discovery.find("nope")).isNull();
  }

  @Test
  void load_reportsBrokenProvidersAndKeepsTheOthers(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(QualifierProvider.class.getName()),
        "com.example.Missing\n" + ExplodingProvider.class.getName() + "\n", StandardCharsets.UTF_8);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      QualifierDiscovery discovery = QualifierDiscovery.load(loader);
      assertThat(discovery.ids()).contains("four-question").doesNotContain("exploding");
      assertThat(discovery.failures()).hasSize(2);
      assertThat(discovery.failures().get(0)).contains("com.example.Missing");
      assertThat(discovery.failures().get(1)).contains(ExplodingProvider.class.getName());
      assertThat(String.join("\n", discovery.failures())).doesNotContain("cannot start");
    }
  }
}
