package io.github.fourfold;

import io.github.fourfold.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A qualifier's explained decision about one lead: the verdict, what it found for each criterion
 * (and why a criterion is unmet), the pitfalls to watch for, the questions to ask next, and who
 * decided.
 *
 * <p>A result is consistent by construction: the verdict is {@link Verdict#SQL} exactly when every
 * finding is met, any other verdict has at least one unmet finding to explain it, and
 * {@link #revisitOn()} is only set for {@link Verdict#NOT_YET}.
 */
@Value.Immutable
public abstract class QualificationResult {
  QualificationResult() {}

  /** {@return the id of the lead this result is about} */
  @Value.Parameter
  public abstract String leadId();

  /** {@return the decision} */
  @Value.Parameter
  public abstract Verdict verdict();

  /** {@return the reference date the lead was judged on} */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * The findings, one per criterion judged (on the wire: {@code criteria}): for the default rule
   * the four criteria in order, followed by any that custom qualifiers add.
   *
   * @return the findings, in order
   */
  @Value.Parameter
  public abstract List<CriterionFinding> findings();

  /** {@return the pitfalls found, each at most once, in a stable order} */
  @Value.Parameter
  public abstract List<Warning> warnings();

  /**
   * When a {@link Verdict#NOT_YET} lead is worth another look: the first day on which its
   * too-distant trigger comes within the horizon. Null otherwise.
   *
   * @return the revisit date, or null
   */
  @Value.Parameter
  public abstract @Nullable LocalDate revisitOn();

  /** {@return the questions to ask the lead next, for the unmet criteria and the warnings} */
  @Value.Parameter
  public abstract List<String> nextQuestions();

  /**
   * The id and version of the qualifier that decided, e.g. {@code "four-question/1"} (on the
   * wire: {@code qualifier}).
   *
   * @return the qualifier's id
   */
  @Value.Parameter
  public abstract String qualifierId();

  /**
   * This result for another lead: the same verdict, findings, warnings, dates, questions and
   * qualifier, with {@code leadId} as the lead's id. A qualifier that judged an earlier lead the
   * same way on the same date can return this instead of building the result again, as the
   * built-in qualifiers do; it is only right when nothing else in the result is about that
   * earlier lead.
   *
   * @param leadId the other lead's id, not blank
   * @return the copy, or this result when the id is its own
   * @throws InvalidValueException when the id is blank
   */
  public abstract QualificationResult withLeadId(String leadId);

  /** {@return a new builder for a result, for custom qualifiers} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QualificationResult}; {@code build()} checks that it is consistent. */
  public static final class Builder extends ImmutableQualificationResult.Builder {
    Builder() {}
  }

  /**
   * Whether the lead is sales-qualified.
   *
   * @return true for {@link Verdict#SQL}
   */
  public final boolean isSql() {
    return verdict() == Verdict.SQL;
  }

  /**
   * The finding for a standard criterion.
   *
   * @param criterion the criterion
   * @return its first finding, or null when this result has none for it
   */
  public final @Nullable CriterionFinding finding(Criterion criterion) {
    for (CriterionFinding finding : findings()) {
      if (finding.criterionCode().equals(criterion.name())) {
        return finding;
      }
    }
    return null;
  }

  /**
   * The unmet findings, in order.
   *
   * @return the findings whose criterion is not met
   */
  public final List<CriterionFinding> unmetFindings() {
    List<CriterionFinding> unmet = new ArrayList<>();
    for (CriterionFinding finding : findings()) {
      if (!finding.met()) {
        unmet.add(finding);
      }
    }
    return List.copyOf(unmet);
  }

  @Value.Check
  void check() {
    Checks.nonBlank(leadId(), "QualificationResult.leadId");
    Checks.nonBlank(qualifierId(), "QualificationResult.qualifier");
    Checks.date(asOf(), "QualificationResult.asOf");
    Checks.date(revisitOn(), "QualificationResult.revisitOn");
    if (findings().isEmpty()) {
      // Errors name the wire property (criteria), which the JSON reader turns into a pointer.
      throw InvalidValueException.of("QualificationResult.criteria", "at least one finding");
    }
    // Indexed loops: this runs for every result, and iterators would be its only garbage.
    List<CriterionFinding> findings = findings();
    boolean allMet = true;
    for (int i = 0, n = findings.size(); i < n; i++) {
      allMet &= findings.get(i).met();
    }
    if (allMet != (verdict() == Verdict.SQL)) {
      throw InvalidValueException.of(
          "QualificationResult.verdict",
          "SQL exactly when every finding is met, and an unmet finding for any other verdict");
    }
    if (revisitOn() != null && verdict() != Verdict.NOT_YET) {
      throw InvalidValueException.of(
          "QualificationResult.revisitOn", "no date unless the verdict is NOT_YET");
    }
    List<String> questions = nextQuestions();
    for (int i = 0, n = questions.size(); i < n; i++) {
      Checks.nonBlank(questions.get(i), "QualificationResult.nextQuestions");
    }
  }
}
