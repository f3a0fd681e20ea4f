package io.github.fourfold.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void preparedQuestions_fillExactlyAsFillDoes() throws IOException {
    List<LocalDate> dates = List.of(LocalDate.of(1, 1, 1), LocalDate.of(2027, 3, 15), LocalDate.of(9999, 12, 31));
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
      Texts texts = Texts.of(locale);
      List<String> templates = new ArrayList<>();
      for (io.github.fourfold.ReasonCode code : io.github.fourfold.ReasonCode.values()) {
        templates.addAll(Questions.forReason(texts, code));
      }
      for (io.github.fourfold.WarningCode code : io.github.fourfold.WarningCode.values()) {
        templates.addAll(Questions.forWarning(texts, code));
      }
      assertThat(templates).anyMatch(q -> Placeholders.hasDate(q, texts));
      Placeholders.Dated prepared = Placeholders.prepare(templates, texts);
      for (LocalDate date : dates) {
        assertThat(prepared.fill(String.valueOf(date))).isEqualTo(Placeholders.fill(templates, texts, date));
      }
    }
    // A vendor's wording: two dates in one question, a known date without {0}, and two questions
    // that are the same once filled.
    Texts vendor = vendorTexts("fill.date=by [date]\nfill.date.known=on {0} (so by {0})\n");
    List<String> questions = List.of("Done by [date]? Or by [date] for [process]?", "Done by [date]? Or by [date] for [process]?x",
        "Plain?", "Plain?");
    assertThat(Placeholders.prepare(questions, vendor).fill("2027-01-02"))
        .isEqualTo(Placeholders.fill(questions, vendor, LocalDate.of(2027, 1, 2)))
        .contains("Done on 2027-01-02 (so by 2027-01-02)? Or on 2027-01-02 (so by 2027-01-02) for this?");
    Texts fixed = vendorTexts("fill.date.known=soon\n");
    assertThat(Placeholders.prepare(List.of("By [date]?"), fixed).fill("2027-01-02"))
        .isEqualTo(Placeholders.fill(List.of("By [date]?"), fixed, LocalDate.of(2027, 1, 2)));
  }
}
