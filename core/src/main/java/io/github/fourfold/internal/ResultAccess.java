package io.github.fourfold.internal;

import io.github.fourfold.QualificationResult;
import org.jspecify.annotations.Nullable;

/**
 * Lets the default rule copy a {@link QualificationResult} for another lead through the generated
 * class's copy path, which the API package keeps package-private.
 *
 * <p>The rule re-uses one result per outcome and date: the copy keeps that result's lists as they
 * are, where {@link QualificationResult#of} type-checks and copies each list, which on Java 17
 * costs more than judging the lead.
 */
public final class ResultAccess {
  /** Copies a result with another lead id. */
  @FunctionalInterface
  public interface Copier {
    /**
     * A copy of a result for another lead, checked like any result.
     *
     * @param result the result to copy
     * @param leadId the other lead's id
     * @return the copy, or {@code result} itself when the id is the same
     */
    QualificationResult withLeadId(QualificationResult result, String leadId);
  }

  private static volatile @Nullable Copier copier;

  private ResultAccess() {}

  /**
   * Called once, by {@link QualificationResult}'s class initialiser.
   *
   * @param value the copier
   * @throws IllegalStateException when one is set already
   */
  public static synchronized void register(Copier value) {
    if (copier != null) {
      throw new IllegalStateException("ResultAccess is set already");
    }
    copier = value;
  }

  /**
   * A copy of a result for another lead.
   *
   * @param result a result (so {@link QualificationResult} is initialised and the copier set)
   * @param leadId the other lead's id
   * @return the copy
   */
  public static QualificationResult withLeadId(QualificationResult result, String leadId) {
    Copier c = copier;
    if (c == null) {
      // Not reachable: a result exists, so its class has run its initialiser.
      throw new IllegalStateException("QualificationResult is not initialised");
    }
    return c.withLeadId(result, leadId);
  }
}
