package io.github.fourfold.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How texts are formatted and cached, including patterns no shipped bundle uses yet. */
final class TextsTest {
  @TempDir Path dir;

  private Texts vendorTexts(String properties) throws IOException {
    Path file = dir.resolve("META-INF/fourfold/Messages.properties");
    Files.createDirectories(file.getParent());
    Files.writeString(file, properties, StandardCharsets.UTF_8);
    return Texts.of(Locale.ENGLISH, new URLClassLoader(new URL[] {dir.toUri().toURL()}, null));
  }

  @Test
  void get_replacesOnlyPlaceholdersThatHaveAnArgument() throws IOException {
    Texts texts = vendorTexts("""
        a=first {0}
        b=brace at the end {
        c=half a placeholder {0
        d=beyond the arguments {1} and {0}
        e=it's '{0}' literally
        """);
    assertThat(texts.get("a", "x")).isEqualTo("first x");
    assertThat(texts.get("b", "x")).isEqualTo("brace at the end {");
    assertThat(texts.get("c", "x")).isEqualTo("half a placeholder {0");
    assertThat(texts.get("d", "x")).isEqualTo("beyond the arguments {1} and x");
    assertThat(texts.get("e", "x")).isEqualTo("it's 'x' literally");
    assertThat(texts.get("a")).isEqualTo("first {0}");
  }

  @Test
  void get_unknownKeyFails_getOrDefaultFallsBack() throws IOException {
    Texts texts = vendorTexts("a=x\n");
    assertThatThrownBy(() -> texts.get("no.such.key")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no.such.key");
    assertThat(texts.getOrDefault("no.such.key", "fallback")).isEqualTo("fallback");
    assertThat(texts.getOrDefault("a", "fallback")).isEqualTo("x");
  }

  @Test
  void of_cachesPerLocale() {
    // A locale no other test asks for, so the first call here is the one that loads it.
    Locale frisian = Locale.forLanguageTag("fy-NL");
    assertThat(Texts.of(frisian)).isSameAs(Texts.of(frisian));
    assertThat(Texts.of(Locale.forLanguageTag("nl"))).isNotSameAs(Texts.of(Locale.ENGLISH));
  }
}
