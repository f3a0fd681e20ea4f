package io.github.fourfold.report;

import static io.github.fourfold.report.Leads.AS_OF;
import static io.github.fourfold.report.Leads.NL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.Criterion;
import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.Qualifier;
import io.github.fourfold.ReasonCode;
import io.github.fourfold.WarningCode;
import io.github.fourfold.internal.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every reason code and warning has a message and at least one question in English and in Dutch,
 * and the two bundles do not drift apart. Reads the bundle files themselves, so a Dutch key that
 * is missing cannot hide behind the English fallback.
 */
final class MessagesTest {
  private static final String FOLDER = "/io/github/fourfold/internal/text/";
  private static final Properties EN = load("Messages.properties");
  private static final Properties NL_FILE = load("Messages_nl.properties");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

  private static Properties load(String name) {
    try (InputStream in = MessagesTest.class.getResourceAsStream(FOLDER + name)) {
      assertThat(in).as(name).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void bundles_everyReasonCode_hasAMessageInEnglishAndDutch() {
    for (ReasonCode code : ReasonCode.values()) {
      String key = "reason." + code.name();
      assertThat(EN.getProperty(key)).as("English %s", key).isNotBlank();
      assertThat(NL_FILE.getProperty(key)).as("Dutch %s", key).isNotBlank().isNotEqualTo(EN.getProperty(key));
    }
  }

  @Test
  void bundles_everyWarningCode_hasAMessageInEnglishAndDutch() {
    for (WarningCode code : WarningCode.values()) {
      String key = "warning." + code.name();
      assertThat(EN.getProperty(key)).as("English %s", key).isNotBlank();
      assertThat(NL_FILE.getProperty(key)).as("Dutch %s", key).isNotBlank().isNotEqualTo(EN.getProperty(key));
    }
  }

  @Test
  void questionBank_everyReasonCode_hasAQuestionInEnglishAndDutch() {
    QuestionBank english = QuestionBank.of(Locale.ENGLISH);
    QuestionBank dutch = QuestionBank.of(NL);
    for (ReasonCode code : ReasonCode.values()) {
      assertThat(english.forReason(code)).as("English questions for %s", code).isNotEmpty().allSatisfy(q -> assertThat(q).isNotBlank());
      assertThat(dutch.forReason(code)).as("Dutch questions for %s", code).isNotEmpty()
          .allSatisfy(q -> assertThat(NL_FILE.values()).contains(q))
          .doesNotContainAnyElementsOf(english.forReason(code));
    }
  }

  @Test
  void questionBank_everyWarningCode_hasAQuestionInEnglishAndDutch() {
    QuestionBank english = QuestionBank.of(Locale.ENGLISH);
    QuestionBank dutch = QuestionBank.of(NL);
    for (WarningCode code : WarningCode.values()) {
      assertThat(english.forWarning(code)).as("English questions for %s", code).isNotEmpty();
      assertThat(dutch.forWarning(code)).as("Dutch questions for %s", code).isNotEmpty()
          .allSatisfy(q -> assertThat(NL_FILE.values()).contains(q))
          .doesNotContainAnyElementsOf(english.forWarning(code));
    }
  }

  @Test
  void questionBank_everyCriterionAndCallStep_hasQuestionsInEnglishAndDutch() {
    for (Locale locale : List.of(Locale.ENGLISH, NL)) {
      QuestionBank bank = QuestionBank.of(locale);
      for (Criterion criterion : Criterion.values()) {
        assertThat(bank.forCriterion(criterion)).as("%s %s", locale, criterion).hasSize(3);
      }
      for (CallTopic topic : CallTopic.values()) {
        if (topic == CallTopic.OTHER_CRITERIA) {
          continue; // its questions are the custom qualifiers' own
        }
        assertThat(bank.forTopic(topic)).as("%s %s", locale, topic).isNotEmpty();
      }
    }
  }

  @Test
  void bundles_englishAndDutch_haveTheSameKeys() {
    assertThat(new TreeSet<>(NL_FILE.stringPropertyNames())).isEqualTo(new TreeSet<>(EN.stringPropertyNames()));
  }

  @Test
  void bundles_eachTextInBothLanguages_hasTheSamePlaceholders() {
    for (String key : EN.stringPropertyNames()) {
      assertThat(placeholders(NL_FILE.getProperty(key, ""))).as(key).isEqualTo(placeholders(EN.getProperty(key)));
    }
  }

  @Test
  void bundles_messagesWithoutArguments_haveNoBraces() {
    // The rule treats a reason message without "{" as fixed text; a stray brace would make it
    // format one needlessly, and a message must not show a raw placeholder.
    for (Properties bundle : List.of(EN, NL_FILE)) {
      for (ReasonCode code : ReasonCode.values()) {
        String message = bundle.getProperty("reason." + code.name());
        Set<String> expected = switch (code) {
          case URGENCY_BEYOND_HORIZON, URGENCY_STALE -> Set.of("{0}", "{1}");
          case URGENCY_EXPIRED -> Set.of("{0}");
          default -> Set.of();
        };
        assertThat(placeholders(message)).as(code.name()).isEqualTo(expected);
        if (expected.isEmpty()) {
          assertThat(message).as(code.name()).doesNotContain("{");
        }
      }
    }
  }

  @Test
  void rule_beyondHorizon_readsAsTheIssueAsks() {
    // Issue 6: "No reason to act now: the only deadline (2029-01-31) is beyond the 12-month
    // horizon; revisit on 2028-01-31." The rule passes the date and "12 months".
    CriterionFinding english = Objects.requireNonNull(
        Qualifier.fourQuestion().qualify(Leads.contractEnds2029(), AS_OF).finding(Criterion.URGENCY));
    CriterionFinding dutch = Objects.requireNonNull(
        Qualifier.fourQuestion(QualificationPolicy.builder().locale(NL).build())
            .qualify(Leads.contractEnds2029(), AS_OF).finding(Criterion.URGENCY));

    assertThat(english.message()).isEqualTo(
        "No reason to act now: the nearest trigger (2029-01-31) is more than 12 months away. Revisit on 2028-01-31.");
    assertThat(dutch.message()).isEqualTo("Geen reden om nu te handelen: de eerstvolgende trigger (2029-01-31) ligt"
        + " meer dan 12 maanden vooruit. Kijk er opnieuw naar op 2028-01-31.");
  }

  @Test
  void texts_everyReasonMessage_rendersWithoutRawPlaceholders() {
    for (Locale locale : List.of(Locale.ENGLISH, NL)) {
      Texts texts = Texts.of(locale);
      for (ReasonCode code : ReasonCode.values()) {
        assertThat(texts.get("reason." + code.name(), "2029-01-31", "12 months")).doesNotContain("{", "}");
      }
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
