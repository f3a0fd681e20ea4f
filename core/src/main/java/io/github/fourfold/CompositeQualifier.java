package io.github.fourfold;

import io.github.fourfold.model.Lead;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Runs several qualifiers and keeps the worst verdict; see {@link Qualifier#allOf}. */
final class CompositeQualifier implements Qualifier {
  private final List<Qualifier> parts;
  private final String id;

  private CompositeQualifier(List<Qualifier> parts) {
    this.parts = parts;
    StringBuilder ids = new StringBuilder();
    for (Qualifier part : parts) {
      if (ids.length() > 0) {
        ids.append('+');
      }
      ids.append(part.id());
    }
    this.id = ids.toString();
  }

  static Qualifier of(List<? extends Qualifier> qualifiers) {
    if (qualifiers.isEmpty()) {
      throw new IllegalArgumentException("allOf needs at least one qualifier");
    }
    List<Qualifier> parts = new ArrayList<>();
    for (Qualifier q : qualifiers) {
      if (q == null) {
        throw new IllegalArgumentException("allOf takes no null qualifier");
      }
      parts.add(q);
    }
    // Even a single part is wrapped, so it gets the same checks as in a group.
    return new CompositeQualifier(List.copyOf(parts));
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public QualificationResult qualify(Lead lead, LocalDate asOf) {
    List<QualificationResult> results = new ArrayList<>(parts.size());
    for (Qualifier part : parts) {
      results.add(call(part, lead, asOf));
    }
    if (results.size() == 1) {
      QualificationResult only = results.get(0);
      // What combining would build anyway: return it as it is, without copying its lists.
      if (only.qualifierId().equals(id) && distinct(only.nextQuestions())) {
        return only;
      }
    }
    return combine(lead, asOf, results);
  }

  /** The parts' results as one: worst verdict, everything concatenated in order. */
  private QualificationResult combine(Lead lead, LocalDate asOf, List<QualificationResult> results) {
    Verdict verdict = Verdict.SQL;
    List<CriterionFinding> criteria = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    Set<String> questions = new LinkedHashSet<>();
    @Nullable LocalDate revisitOn = null;
    boolean everyNotYetHasRevisit = true;
    for (QualificationResult result : results) {
      verdict = Verdict.worst(verdict, result.verdict());
      criteria.addAll(result.findings());
      warnings.addAll(result.warnings());
      questions.addAll(result.nextQuestions());
      if (result.verdict() == Verdict.NOT_YET) {
        LocalDate partRevisit = result.revisitOn();
        if (partRevisit == null) {
          everyNotYetHasRevisit = false;
        } else if (revisitOn == null || partRevisit.isAfter(revisitOn)) {
          revisitOn = partRevisit;
        }
      }
    }
    return QualificationResult.builder()
        .leadId(lead.id())
        .verdict(verdict)
        .asOf(asOf)
        .findings(criteria)
        .warnings(warnings)
        .revisitOn(verdict == Verdict.NOT_YET && everyNotYetHasRevisit ? revisitOn : null)
        .nextQuestions(questions)
        .qualifierId(id)
        .build();
  }

  private static boolean distinct(List<String> questions) {
    for (int i = 1, n = questions.size(); i < n; i++) {
      String question = questions.get(i);
      for (int j = 0; j < i; j++) {
        if (questions.get(j).equals(question)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Calls one part and checks what it returned. */
  private static QualificationResult call(Qualifier part, Lead lead, LocalDate asOf) {
    QualificationResult result;
    try {
      result = part.qualify(lead, asOf);
    } catch (QualifierFailedException e) {
      throw e; // already says which qualifier failed and how, in its own words
    } catch (RuntimeException e) {
      throw new QualifierFailedException(safeId(part), "threw " + e.getClass().getName(), e);
    }
    // Implementations outside NullAway's reach can still return null.
    if ((Object) result == null) {
      throw new QualifierFailedException(safeId(part), "returned null", null);
    }
    if (!result.leadId().equals(lead.id()) || !result.asOf().equals(asOf)) {
      throw new QualifierFailedException(
          safeId(part), "returned a result for another lead or date", null);
    }
    return result;
  }

  private static String safeId(Qualifier part) {
    try {
      return part.id();
    } catch (RuntimeException e) {
      return part.getClass().getName();
    }
  }
}
