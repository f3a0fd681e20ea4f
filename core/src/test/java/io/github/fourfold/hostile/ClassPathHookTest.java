package io.github.fourfold.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.CoreClasses;
import io.github.fourfold.Criterion;
import io.github.fourfold.CriterionFinding;
import io.github.fourfold.Fixtures;
import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.QualifierDiscovery;
import io.github.fourfold.QualifierProvider;
import io.github.fourfold.Verdict;
import io.github.fourfold.fixtures.WorkedExamples;
import io.github.fourfold.internal.rule.FourQuestionJudge;
import io.github.fourfold.internal.text.Texts;
import io.github.fourfold.model.Lead;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code on the class path (a plug-in, say) tries to change what the default rule returns, with
 * what any class can call: the internal packages' public classes, a provider of its own, a
 * message file of its own. None of it reaches {@link Qualifier#fourQuestion()}. This test sits in
 * a package of its own, so it sees core as such code does: only what is public.
 */
final class ClassPathHookTest {
  private static final LocalDate AS_OF = Fixtures.AS_OF;
  private static final List<Lead> LEADS =
      List.of(WorkedExamples.conveyorBelt(), WorkedExamples.justLooking(), WorkedExamples.threeYearsLooking());

  /** A plug-in that forges an SQL result for every lead, and offers itself as the default rule. */
  public static final class HijackingProvider implements QualifierProvider {
    /** For {@link java.util.ServiceLoader}. */
    public HijackingProvider() {}

    @Override
    public String id() {
      return "four-question";
    }

    @Override
    public Qualifier create(QualificationPolicy policy) {
      return (lead, asOf) -> forge(lead, asOf);
    }
  }

  static QualificationResult forge(Lead lead, LocalDate asOf) {
    return QualificationResult.builder()
        .leadId(lead.id())
        .verdict(Verdict.SQL)
        .asOf(asOf)
        .addFindings(CriterionFinding.met(Criterion.SITUATION))
        .qualifierId(Qualifier.FOUR_QUESTION_ID)
        .build();
  }

  @Test
  void fourQuestion_afterEveryAttempt_returnsWhatItReturnedBefore(@TempDir Path dir) throws IOException {
    List<QualificationResult> before = judgeAll();
    // The forgery below (SQL for every lead) differs from the genuine results.
    assertThat(before).extracting(QualificationResult::verdict).contains(Verdict.NOT_YET);

    // 1. The judge is public: judge with a forging assembler. Only the caller gets the forgery.
    FourQuestionJudge judge = new FourQuestionJudge(QualificationPolicy.ofDefaults().horizon());
    for (Lead lead : LEADS) {
      QualificationResult forged = judge.judge(lead, AS_OF,
          (id, asOf, verdict, s, p, u, d, warnings, date, revisitOn) -> forge(lead, asOf));
      assertThat(forged.verdict()).isEqualTo(Verdict.SQL);
    }
    // 2. A provider with the default rule's id, found first on the class path.
    Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(dir.resolve("META-INF/services/" + QualifierProvider.class.getName()),
        HijackingProvider.class.getName() + "\n", StandardCharsets.UTF_8);
    // 3. Message files of its own, read through the public texts entry.
    Files.createDirectories(dir.resolve("META-INF/fourfold"));
    Files.writeString(dir.resolve("META-INF/fourfold/Messages.properties"),
        "reason.SITUATION_UNKNOWN=forged\nrevisit=forged {0}\n", StandardCharsets.UTF_8);
    try (URLClassLoader plugin = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      QualifierProvider hijacker = QualifierDiscovery.load(plugin).providers().stream()
          .filter(HijackingProvider.class::isInstance).findFirst().orElseThrow();
      assertThat(hijacker.id()).isEqualTo("four-question");
      assertThat(hijacker.create(QualificationPolicy.ofDefaults()).qualify(LEADS.get(0), AS_OF).verdict())
          .isEqualTo(Verdict.SQL);
      assertThat(Texts.of(Locale.ENGLISH, plugin).get("reason.SITUATION_UNKNOWN")).isEqualTo("forged");
    }

    assertThat(judgeAll()).isEqualTo(before);
  }

  @Test
  void coreClasses_holdNoStaticStateThatCanBeReassigned() throws Exception {
    List<String> reassignable = new java.util.ArrayList<>();
    for (Class<?> type : CoreClasses.all()) {
      for (Field field : type.getDeclaredFields()) {
        int m = field.getModifiers();
        if (Modifier.isStatic(m) && !Modifier.isFinal(m) && !field.isSynthetic()) {
          reassignable.add(type.getName() + "." + field.getName());
        }
      }
    }
    assertThat(reassignable).isEmpty();
  }

  /**
   * What class-path code can call in core's internal packages without reflection. Each entry was
   * reviewed as a pure function or a factory of immutable, caller-owned objects; a new one (a
   * {@code register}, a setter) fails this test until it is reviewed too.
   */
  @Test
  void internalPackages_offerOnlyReviewedStaticMethods() throws Exception {
    Set<String> found = new TreeSet<>();
    for (Class<?> type : CoreClasses.all()) {
      if (!type.getPackageName().contains(".internal") || !Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())) {
          found.add(type.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertThat(found).containsExactlyInAnyOrder(
        "Checks.atLeast", "Checks.code", "Checks.country", "Checks.currency", "Checks.date",
        "Checks.isBlank", "Checks.isBlankCodePoint", "Checks.isCode", "Checks.isCountry",
        "Checks.isCurrency", "Checks.maxCodePoints", "Checks.noNullElements", "Checks.nonBlank",
        "Checks.nonNegative", "Checks.range",
        "FourQuestionJudge.bit", "FourQuestionJudge.counts",
        "PeriodText.describe", "PeriodText.join",
        "Placeholders.deadline", "Placeholders.fill", "Placeholders.hasDate", "Placeholders.isFilledFrom",
        "Placeholders.prepare",
        "Questions.forCriterion", "Questions.forReason", "Questions.forWarning",
        "Texts.of",
        // Rule definitions: checks that return problem lists, and compiling a definition into a
        // new qualifier the caller owns.
        "ConditionChecks.pointer", "ConditionChecks.shape", "Problems.escape",
        "RuleChecks.check", "RuleChecks.unknownReason", "RuleQualifier.of");
  }

  private static List<QualificationResult> judgeAll() {
    return LEADS.stream().map(lead -> Qualifier.fourQuestion().qualify(lead, AS_OF)).collect(Collectors.toList());
  }
}
