package io.github.fourfold.internal.rules;

import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.Verdict;
import io.github.fourfold.model.Lead;
import io.github.fourfold.rules.RuleCheck;
import io.github.fourfold.rules.RuleCriterion;
import io.github.fourfold.rules.RuleDefinition;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A compiled rule definition. Everything a result needs that does not depend on the lead (the
 * findings with their messages, the questions) is built once here; judging a lead only evaluates
 * the condition trees and assembles the result. Immutable, so thread-safe.
 */
public final class RuleQualifier implements Qualifier {
  /** The default explanation of an unknown check, by language. */
  private static final Map<String, String> UNKNOWN_MESSAGE = Map.of(
      "en", "The lead does not say enough yet to check this.",
      "nl", "De lead zegt nog niet genoeg om dit te controleren.");

  private final String id;
  private final Criterion[] criteria;
  private final int slots;

  /** One compiled check: its condition and the findings it gives when false or unknown. */
  private static final class Check {
    final Node condition;
    final Verdict verdict;
    final CriterionFinding failed;
    final CriterionFinding unknown;
    final List<String> questions;

    Check(Node condition, Verdict verdict, CriterionFinding failed, CriterionFinding unknown, List<String> questions) {
      this.condition = condition;
      this.verdict = verdict;
      this.failed = failed;
      this.unknown = unknown;
      this.questions = questions;
    }
  }

  private static final class Criterion {
    final Check[] checks;
    final CriterionFinding met;

    Criterion(Check[] checks, CriterionFinding met) {
      this.checks = checks;
      this.met = met;
    }
  }

  private RuleQualifier(String id, Criterion[] criteria, int slots) {
    this.id = id;
    this.criteria = criteria;
    this.slots = slots;
  }

  /**
   * Compiles a (valid) definition.
   *
   * @param definition the definition
   * @param language the language of the texts; English where a text has none in it
   * @return the qualifier
   */
  public static RuleQualifier of(RuleDefinition definition, String language) {
    List<RuleCriterion> parts = definition.criteria();
    Criterion[] criteria = new Criterion[parts.size()];
    int slots = 1;
    for (int i = 0; i < criteria.length; i++) {
      RuleCriterion part = parts.get(i);
      Check[] checks = new Check[part.checks().size()];
      for (int j = 0; j < checks.length; j++) {
        RuleCheck check = part.checks().get(j);
        ConditionCompiler.Compiled compiled = ConditionCompiler.compile(check.condition());
        slots = Math.max(slots, compiled.slots);
        String unknownMessage = check.unknownMessage().isEmpty()
            ? text(UNKNOWN_MESSAGE, language)
            : text(check.unknownMessage(), language);
        List<String> questions = check.questions().get(language);
        if (questions == null) {
          questions = check.questions().getOrDefault(RuleChecks.ENGLISH, List.of());
        }
        checks[j] = new Check(
            compiled.node,
            check.verdict(),
            CriterionFinding.unmet(part.name(), check.reason(), text(check.message(), language)),
            CriterionFinding.unmet(part.name(), RuleChecks.unknownReason(part, check), unknownMessage),
            List.copyOf(questions));
      }
      criteria[i] = new Criterion(checks, CriterionFinding.met(part.name()));
    }
    return new RuleQualifier(definition.id(), criteria, slots);
  }

  private static String text(Map<String, String> texts, String language) {
    String text = texts.get(language);
    return text != null ? text : texts.getOrDefault(RuleChecks.ENGLISH, "");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public QualificationResult qualify(Lead lead, LocalDate asOf) {
    Object[] frame = new Object[slots];
    frame[0] = lead;
    CriterionFinding[] findings = new CriterionFinding[criteria.length];
    Verdict verdict = Verdict.SQL;
    Questions questions = new Questions();
    for (int i = 0; i < criteria.length; i++) {
      findings[i] = criteria[i].met;
      for (Check check : criteria[i].checks) {
        int holds = check.condition.eval(frame, asOf);
        if (holds == Node.TRUE) {
          continue;
        }
        // The first check that does not hold gives the finding: a false one its reason and
        // verdict, an unknown one its unknown-reason and NOT_YET (unknown never disqualifies).
        boolean known = holds == Node.FALSE;
        findings[i] = known ? check.failed : check.unknown;
        verdict = Verdict.worst(verdict, known ? check.verdict : Verdict.NOT_YET);
        questions.add(check.questions);
        break;
      }
    }
    return QualificationResult.builder()
        .leadId(lead.id())
        .verdict(verdict)
        .asOf(asOf)
        .findings(Arrays.asList(findings))
        .nextQuestions(questions.list())
        .qualifierId(id)
        .build();
  }

  /**
   * The next questions of the unmet checks, in order, each once. Most leads have one unmet check
   * or none: its list is used as it is, and a set is made only when a second list comes.
   */
  private static final class Questions {
    private List<String> first = List.of();
    private @Nullable Set<String> merged;

    void add(List<String> more) {
      if (more.isEmpty()) {
        return;
      }
      if (merged != null) {
        merged.addAll(more);
      } else if (first.isEmpty()) {
        first = more;
      } else {
        merged = new LinkedHashSet<>(first);
        merged.addAll(more);
      }
    }

    List<String> list() {
      return merged != null ? List.copyOf(merged) : first;
    }
  }

  @Override
  public String toString() {
    return "RuleQualifier[" + id + "]";
  }
}
