package io.github.fourfold.internal.rules;

import io.github.fourfold.QualificationResult;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The last result of recent outcomes of one compiled definition, so that a lead judged like an
 * earlier one on the same date gets that result with its own id ({@link
 * QualificationResult#withLeadId}) instead of a newly built one. An outcome is what each criterion
 * found (see {@code RuleQualifier}); a result is a function of its outcome, date and lead id only,
 * as a definition's texts carry nothing of the lead.
 *
 * <p>Direct-mapped and bounded: {@value #SLOTS} slots, an outcome is kept in the slot its hash
 * picks, and another outcome with the same slot replaces it. A slot holds one immutable entry,
 * written and read whole, so the cache needs no lock: a thread sees an entry or an older one, and
 * at worst builds a result again. The outcome is compared element by element, so two outcomes
 * never share an entry.
 */
final class ResultCache {
  static final int SLOTS = 64;

  private static final class Entry {
    final int[] outcome;
    final QualificationResult result;

    Entry(int[] outcome, QualificationResult result) {
      this.outcome = outcome;
      this.result = result;
    }
  }

  private final @Nullable Entry[] entries = new Entry[SLOTS];

  /**
   * The kept result of this outcome and date for another lead.
   *
   * @param outcome each criterion's outcome
   * @param asOf the reference date
   * @param leadId the lead's id
   * @return the result for that lead, or null when none is kept
   */
  @Nullable QualificationResult get(int[] outcome, LocalDate asOf, String leadId) {
    Entry entry = entries[slot(outcome)];
    if (entry == null || !same(entry.outcome, outcome) || !entry.result.asOf().equals(asOf)) {
      return null;
    }
    return entry.result.withLeadId(leadId);
  }

  /**
   * Keeps a result of this outcome, in place of the one its slot holds.
   *
   * @param outcome each criterion's outcome; not changed afterwards
   * @param result the result
   */
  void put(int[] outcome, QualificationResult result) {
    entries[slot(outcome)] = new Entry(outcome, result);
  }

  // Plain loops: an outcome has one element per criterion, mostly one to four, too few for the
  // vectorised comparisons of Arrays.equals and Arrays.hashCode to pay off.

  private static boolean same(int[] a, int[] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return false;
      }
    }
    return true;
  }

  private static int slot(int[] outcome) {
    int hash = 0;
    for (int value : outcome) {
      hash = (hash + value) * 0x9E3779B9;
    }
    return (hash ^ (hash >>> 16)) & (SLOTS - 1);
  }
}
