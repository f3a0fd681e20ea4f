package io.github.fourfold.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.Criterion;
import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.QualifierDiscovery;
import io.github.fourfold.QualifierProvider;
import io.github.fourfold.ReasonCode;
import io.github.fourfold.Verdict;
import io.github.fourfold.Warning;
import io.github.fourfold.WarningCode;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import io.github.fourfold.testkit.internal.LeadText;
import io.github.fourfold.testkit.internal.RuleTables;
import io.github.fourfold.testkit.internal.SpecOracle;
import io.github.fourfold.testkit.internal.SpecOracle.Judgement;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The words of the default rule's results: every message, warning and question, in English and
 * Dutch, is the one the message bundle's documented format gives ({@code reason.<code>} with
 * {@code {0}} a date and {@code {1}} the horizon in words; {@code revisit} appended when there is
 * a revisit date; {@code questions.<reason>.<n>}, or {@code questions.<criterion>.<n>} when the
 * reason has none, then {@code questions.<warning>.<n>}, each question once). The date a message
 * names is the nearest trigger beyond the horizon, the latest expired deadline, or the latest
 * stale trigger.
 */
final class FourQuestionRuleTextsTest {
  private static final String BUNDLE = "io.github.fourfold.internal.text.Messages";
  private static final long SEED = 77L;

  static Stream<Arguments> policies() {
    List<Arguments> out = new ArrayList<>();
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
      for (Period horizon : List.of(Period.ofMonths(12), Period.ofYears(1), Period.ofYears(2),
          Period.ofMonths(1), Period.ofMonths(3), Period.ofDays(1), Period.ofDays(10),
          Period.of(1, 2, 0), Period.ZERO)) {
        out.add(Arguments.of(locale, horizon));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("policies")
  void qualify_everyText_isTheBundlesText(Locale locale, Period horizon) {
    QualificationPolicy policy = QualificationPolicy.builder().locale(locale).horizon(horizon)
        .build();
    Qualifier rule = Qualifier.fourQuestion(policy);
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    SpecOracle oracle = new SpecOracle(horizon);
    List<Lead> leads = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate asOf : List.of(LeadGenerator.DEFAULT_AS_OF, LocalDate.of(2028, 2, 29))) {
      LeadGenerator g = LeadGenerator.builder().asOf(asOf).horizon(horizon).build();
      g.stream(SEED, 500).forEach(lead -> {
        leads.add(lead);
        dates.add(asOf);
      });
      // Several failing triggers of one kind, so the message must pick the right date.
      for (ReasonCode code : List.of(ReasonCode.URGENCY_BEYOND_HORIZON,
          ReasonCode.URGENCY_EXPIRED, ReasonCode.URGENCY_STALE)) {
        LeadGenerator only = LeadGenerator.builder().from(g).reason(code).build();
        only.stream(SEED, 200).forEach(lead -> {
          leads.add(lead);
          dates.add(asOf);
        });
      }
      RuleTables.outcomes(horizon, asOf).forEach(c -> {
        leads.add(c.lead());
        dates.add(asOf);
      });
    }
    for (int i = 0; i < leads.size(); i++) {
      Lead lead = leads.get(i);
      LocalDate asOf = dates.get(i);
      QualificationResult r = rule.qualify(lead, asOf);
      Judgement j = oracle.judge(lead, asOf);
      String where = LeadText.describe(lead) + " as of " + asOf;
      for (Criterion c : Criterion.values()) {
        CriterionFinding f = r.findings().get(c.ordinal());
        ReasonCode reason = j.reason(c);
        assertThat(f.message()).as(where)
            .isEqualTo(reason == null ? null : message(bundle, reason, lead, asOf, oracle, j));
      }
      List<Warning> warnings = new ArrayList<>();
      for (WarningCode w : j.warnings()) {
        warnings.add(Warning.of(w, bundle.getString("warning." + w)));
      }
      assertThat(r.warnings()).as(where).isEqualTo(warnings);
      assertThat(r.nextQuestions()).as(where).containsExactlyElementsOf(questions(bundle, j, lead, asOf));
    }
  }

  private static String message(ResourceBundle bundle, ReasonCode reason, Lead lead,
      LocalDate asOf, SpecOracle oracle, Judgement j) {
    LocalDate named = null;
    for (UrgencyTrigger t : lead.triggers()) {
      LocalDate date = t.date();
      if (date == null || oracle.triggerCode(t, asOf) != reason) {
        continue;
      }
      boolean nearest = reason == ReasonCode.URGENCY_BEYOND_HORIZON;
      if (named == null || (nearest ? date.isBefore(named) : date.isAfter(named))) {
        named = date;
      }
    }
    String text = bundle.getString("reason." + reason)
        .replace("{0}", String.valueOf(named))
        .replace("{1}", horizonInWords(bundle, oracle.horizon()));
    LocalDate revisitOn = j.revisitOn();
    if (reason == ReasonCode.URGENCY_BEYOND_HORIZON && revisitOn != null) {
      text = text + " " + bundle.getString("revisit").replace("{0}", revisitOn.toString());
    }
    return text;
  }

  /**
   * The horizon in words as the bundle documents it: its non-zero parts (years, months, days)
   * joined like a sentence ("1 year and 2 months"); a zero period is "0 days".
   */
  private static String horizonInWords(ResourceBundle bundle, Period p) {
    List<String> parts = new ArrayList<>();
    if (p.getYears() != 0) {
      parts.add(unit(bundle, p.getYears(), "year"));
    }
    if (p.getMonths() != 0) {
      parts.add(unit(bundle, p.getMonths(), "month"));
    }
    if (p.getDays() != 0 || parts.isEmpty()) {
      parts.add(unit(bundle, p.getDays(), "day"));
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    if (parts.size() == 2) {
      return bundle.getString("list.pair").replace("{0}", parts.get(0)).replace("{1}", parts.get(1));
    }
    String head = bundle.getString("list.middle").replace("{0}", parts.get(0)).replace("{1}", parts.get(1));
    return bundle.getString("list.end").replace("{0}", head).replace("{1}", parts.get(2));
  }

  private static String unit(ResourceBundle bundle, int n, String unit) {
    return bundle.getString("unit." + unit + (n == 1 ? ".one" : ".other"))
        .replace("{0}", Integer.toString(n));
  }

  /**
   * The bundle's questions for the judgement, with the article's placeholders filled as the
   * bundle's {@code fill.*} keys say: the earliest deadline on or after asOf, else the wording
   * without a date; the process is never known.
   */
  private static List<String> questions(ResourceBundle bundle, Judgement j, Lead lead, LocalDate asOf) {
    LocalDate deadline = null;
    for (UrgencyTrigger t : lead.triggers()) {
      LocalDate date = t.date();
      if (t.kind() == TriggerKind.DEADLINE && date != null && !date.isBefore(asOf)
          && (deadline == null || date.isBefore(deadline))) {
        deadline = date;
      }
    }
    String date = deadline == null ? bundle.getString("fill.date.unknown")
        : bundle.getString("fill.date.known").replace("{0}", deadline.toString());
    Set<String> out = new LinkedHashSet<>();
    for (String question : questions(bundle, j)) {
      out.add(question.replace(bundle.getString("fill.date"), date)
          .replace(bundle.getString("fill.process"), bundle.getString("fill.process.unknown")));
    }
    return new ArrayList<>(out);
  }

  private static List<String> questions(ResourceBundle bundle, Judgement j) {
    Set<String> out = new LinkedHashSet<>();
    for (Criterion c : Criterion.values()) {
      ReasonCode reason = j.reason(c);
      if (reason != null) {
        List<String> specific = numbered(bundle, "questions." + reason);
        out.addAll(specific.isEmpty() ? numbered(bundle, "questions." + c) : specific);
      }
    }
    for (WarningCode w : j.warnings()) {
      out.addAll(numbered(bundle, "questions." + w));
    }
    return new ArrayList<>(out);
  }

  private static List<String> numbered(ResourceBundle bundle, String prefix) {
    List<String> out = new ArrayList<>();
    for (int i = 1; bundle.containsKey(prefix + "." + i); i++) {
      out.add(bundle.getString(prefix + "." + i));
    }
    return out;
  }

  @Test
  void id_isTheSpecsVersionedId() {
    assertThat(Qualifier.fourQuestion().id()).isEqualTo("four-question/1");
    assertThat(Qualifier.fourQuestion(QualificationPolicy.ofHorizon(Period.ofMonths(6))).id())
        .isEqualTo(Qualifier.FOUR_QUESTION_ID);
    QualifierProvider provider =
        Objects.requireNonNull(QualifierDiscovery.load().find("four-question"));
    assertThat(provider.id()).isEqualTo("four-question");
    assertThat(provider.create(QualificationPolicy.ofDefaults()).id()).isEqualTo("four-question/1");
  }

  @Test
  void toString_namesIdHorizonAndLocale() {
    assertThat(Qualifier.fourQuestion(QualificationPolicy.builder().horizon(Period.ofMonths(6))
        .locale(Locale.forLanguageTag("nl")).build()).toString())
        .contains("four-question/1").contains("P6M").contains("nl");
  }

  @Test
  void qualify_sameLeadInDutch_sameCodes() {
    Qualifier english = Qualifier.fourQuestion();
    Qualifier dutch = Qualifier.fourQuestion(
        QualificationPolicy.builder().locale(Locale.forLanguageTag("nl")).build());
    LeadGenerator.ofDefaults().stream(SEED, 500).forEach(lead -> {
      QualificationResult en = english.qualify(lead, LeadGenerator.DEFAULT_AS_OF);
      QualificationResult nl = dutch.qualify(lead, LeadGenerator.DEFAULT_AS_OF);
      assertThat(nl.verdict()).isEqualTo(en.verdict());
      assertThat(codes(nl)).isEqualTo(codes(en));
      assertThat(nl.revisitOn()).isEqualTo(en.revisitOn());
    });
  }

  private static List<@Nullable String> codes(QualificationResult r) {
    List<@Nullable String> out = new ArrayList<>();
    r.findings().forEach(f -> out.add(f.reasonCode()));
    r.warnings().forEach(w -> out.add(w.code()));
    return out;
  }

  @Test
  void qualify_sqlLead_hasNoQuestionsUnlessAWarningAsks() {
    LeadGenerator.builder().verdict(Verdict.SQL).build().stream(SEED, 300).forEach(lead -> {
      QualificationResult r = Qualifier.fourQuestion().qualify(lead, LeadGenerator.DEFAULT_AS_OF);
      assertThat(r.nextQuestions().isEmpty()).isEqualTo(r.warnings().isEmpty());
    });
  }
}
