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
 * findings with their messages, the questions) is built once here; judging a lead evaluates the
 * condition trees into an outcome (what each criterion found), and the result is a function of
 * that outcome, the date and the lead's id, so a recent outcome's result is reused (see
 * {@link ResultCache}). Thread-safe: the cache is the only state, and it is safe without locks.
 */
public final class RuleQualifier implements Qualifier {
  /** The default explanation of an unknown check, by language. */
  private static final Map<String, String> UNKNOWN_MESSAGE = Map.of(
      "en", "The lead does not say enough yet to check this.",
      "nl", "De lead zegt nog niet genoeg om dit te controleren.");

  private final String id;
  private final Criterion[] criteria;
  private final int slots;
  private final ResultCache results = new ResultCache();

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
    int[] outcome = judge(lead, asOf);
    QualificationResult known = results.get(outcome, asOf, lead.id());
    if (known != null) {
      return known;
    }
    QualificationResult result = assemble(outcome, lead.id(), asOf);
    results.put(outcome, result);
    return result;
  }

  /**
   * What each criterion finds: {@link #MET} when all its checks hold, else what the first check
   * that does not hold says — false ({@link #failed}) or unknown ({@link #unknown}).
   */
  private int[] judge(Lead lead, LocalDate asOf) {
    Object[] frame = new Object[slots];
    frame[0] = lead;
    int[] outcome = new int[criteria.length];
    for (int i = 0; i < criteria.length; i++) {
      Check[] checks = criteria[i].checks;
      for (int j = 0; j < checks.length; j++) {
        int holds = checks[j].condition.eval(frame, asOf);
        if (holds != Node.TRUE) {
          outcome[i] = holds == Node.FALSE ? failed(j) : unknown(j);
          break;
        }
      }
    }
    return outcome;
  }

  /** A criterion's outcome when all its checks hold. */
  private static final int MET = 0;

  /** A criterion's outcome when check {@code j} is the first that does not hold, being false. */
  private static int failed(int j) {
    return 2 * j + 1;
  }

  /** A criterion's outcome when check {@code j} is the first that does not hold, being unknown. */
  private static int unknown(int j) {
    return 2 * j + 2;
  }

  /** The check an outcome other than {@link #MET} names: the inverse of the two above. */
  private static int checkOf(int outcome) {
    return (outcome - 1) / 2;
  }

  /**
   * The result of an outcome: a failed check gives its reason and verdict, an unknown one its
   * unknown-reason and {@code NOT_YET} (unknown never disqualifies); the verdict is the worst of
   * them, {@code SQL} when every criterion is met.
   */
  private QualificationResult assemble(int[] outcome, String leadId, LocalDate asOf) {
    CriterionFinding[] findings = new CriterionFinding[criteria.length];
    Verdict verdict = Verdict.SQL;
    Questions questions = new Questions();
    for (int i = 0; i < criteria.length; i++) {
      if (outcome[i] == MET) {
        findings[i] = criteria[i].met;
        continue;
      }
      int j = checkOf(outcome[i]);
      Check check = criteria[i].checks[j];
      boolean known = outcome[i] == failed(j);
      findings[i] = known ? check.failed : check.unknown;
      verdict = Verdict.worst(verdict, known ? check.verdict : Verdict.NOT_YET);
      questions.add(check.questions);
    }
    return QualificationResult.builder()
        .leadId(leadId)
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
