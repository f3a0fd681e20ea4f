package io.github.fourfold.examples.qualify;

import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.QualifierFailedException;
import io.github.fourfold.QualifierProvider;
import io.github.fourfold.Verdict;
import io.github.fourfold.model.Lead;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * A plug-in qualifier for the threading tests: it takes a random time of up to {@link #MAX_NANOS}
 * per lead (so that workers finish out of order), fails for some leads and then gives the default
 * rule's result. Which leads fail depends on the lead's id only, so every run gives the same lines.
 */
public final class ErraticQualifier implements Qualifier {
  /** The id ({@code --qualifier erratic}). */
  static final String ID = "erratic";
  /** The longest time a lead takes. */
  static final long MAX_NANOS = 1_000_000;
  /** A lead with this id makes the qualifier fail in a way no lead explains. */
  static final String OVERFLOW = "overflow";
  /** A lead with this id gets a result whose message holds half a surrogate pair. */
  static final String LONE_SURROGATE = "lone-surrogate";

  private final Qualifier rule;

  ErraticQualifier(QualificationPolicy policy) {
    this.rule = Qualifier.fourQuestion(policy);
  }

  @Override
  public String id() {
    return ID + "/1";
  }

  @Override
  public QualificationResult qualify(Lead lead, LocalDate asOf) {
    LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(MAX_NANOS));
    if (lead.id().equals(OVERFLOW)) {
      throw new StackOverflowError();
    }
    if (lead.id().equals(LONE_SURROGATE)) {
      return QualificationResult.builder().leadId(lead.id()).verdict(Verdict.NOT_YET).asOf(asOf)
          .addFindings(CriterionFinding.unmet("ERRATIC", "ERRATIC_TEXT", "half a pair: \uD800"))
          .qualifierId(id()).build();
    }
    int bucket = Math.floorMod(lead.id().hashCode(), 29);
    if (bucket == 0) {
      throw new IllegalStateException("told to throw");
    }
    if (bucket == 1) {
      throw new QualifierFailedException(id(), "told to fail", null);
    }
    return rule.qualify(lead, asOf);
  }

  /** Finds the qualifier through {@link java.util.ServiceLoader}, from its plug-in jar. */
  public static final class Provider implements QualifierProvider {
    /** For {@link java.util.ServiceLoader}. */
    public Provider() {}

    @Override
    public String id() {
      return ID;
    }

    @Override
    public Qualifier create(QualificationPolicy policy) {
      return new ErraticQualifier(policy);
    }
  }
}
