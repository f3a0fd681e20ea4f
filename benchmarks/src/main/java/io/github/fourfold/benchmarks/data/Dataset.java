package io.github.fourfold.benchmarks.data;

import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.Verdict;
import io.github.fourfold.benchmarks.floor.HandWrittenRule;
import io.github.fourfold.benchmarks.floor.PlainLead;
import io.github.fourfold.model.Lead;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * The leads every benchmark runs over: the same seeded leads as Fourfold {@link Lead}s and as
 * {@link PlainLead} records, with what the default qualifier decides for each, packed as the floor
 * packs it (unmet-criteria bits plus the disqualified bit).
 */
public final class Dataset {
  /** The main dataset: too large for the caches, as when a CRM re-qualifies its leads. */
  public static final int LARGE = 10_000;
  /** A cache-resident dataset. */
  public static final int SMALL = 512;
  /** The seed of every dataset. */
  public static final long SEED = 20_261_128L;
  /** The reference date every lead is judged on. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

  private final Lead[] leads;
  private final PlainLead[] plain;
  private final int[] expected;
  private final Map<String, Integer> reasons = new TreeMap<>();
  private final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);

  private Dataset(List<Lead> leads) {
    this.leads = leads.toArray(new Lead[0]);
    this.plain = new PlainLead[this.leads.length];
    this.expected = new int[this.leads.length];
    Qualifier qualifier = Qualifier.fourQuestion();
    for (int i = 0; i < this.leads.length; i++) {
      plain[i] = PlainLead.from(this.leads[i]);
      QualificationResult result = qualifier.qualify(this.leads[i], AS_OF);
      expected[i] = pack(result);
      verdicts.merge(result.verdict(), 1, Integer::sum);
      for (CriterionFinding f : result.unmetFindings()) {
        reasons.merge(String.valueOf(f.reasonCode()), 1, Integer::sum);
      }
    }
  }

  /**
   * The first {@code size} leads of the seeded sequence.
   *
   * @param size how many leads
   * @return the dataset
   */
  public static Dataset of(int size) {
    return new Dataset(new LeadGenerator(SEED, AS_OF).leads(size));
  }

  /** The leads, for the Fourfold qualifier. Shared: do not modify. */
  public Lead[] leads() {
    return leads;
  }

  /** The same leads as plain records. Shared: do not modify. */
  public PlainLead[] plain() {
    return plain;
  }

  /** How many leads. */
  public int size() {
    return leads.length;
  }

  /**
   * What the default qualifier decides for a lead, packed as {@link HandWrittenRule#qualify} packs
   * it.
   *
   * @param index the lead's index
   * @return the packed verdict and unmet criteria
   */
  public int expected(int index) {
    return expected[index];
  }

  /**
   * Packs a result as the floor does.
   *
   * @param result a result of the default rule
   * @return the unmet-criteria bits, plus the disqualified bit
   */
  public static int pack(QualificationResult result) {
    int packed = result.verdict() == Verdict.DISQUALIFIED ? HandWrittenRule.DISQUALIFIED : 0;
    for (CriterionFinding f : result.unmetFindings()) {
      io.github.fourfold.Criterion criterion = f.standardCriterion();
      if (criterion == null) {
        throw new IllegalStateException("not a standard criterion: " + f.criterionCode());
      }
      packed |= HandWrittenRule.bit(criterion);
    }
    return packed;
  }

  /**
   * Checks that an implementation decides every lead exactly as the default qualifier does: the
   * same verdict and the same unmet criteria. Fails loudly, naming the first leads that differ.
   *
   * @param name the implementation's name, for the message
   * @param implementation judges a plain lead, packed as the floor packs it
   * @throws IllegalStateException when any lead differs
   */
  public void checkAgrees(String name, ToIntFunction<PlainLead> implementation) {
    StringBuilder differences = new StringBuilder();
    int count = 0;
    for (int i = 0; i < plain.length; i++) {
      int actual = implementation.applyAsInt(plain[i]);
      if (actual != expected[i]) {
        if (++count <= 5) {
          differences.append(String.format("%n  %s: default qualifier %s (unmet bits %s), %s %s (unmet bits %s)",
              plain[i].id(), HandWrittenRule.verdict(expected[i]), Integer.toBinaryString(expected[i] & 15),
              name, HandWrittenRule.verdict(actual), Integer.toBinaryString(actual & 15)));
        }
      }
    }
    if (count > 0) {
      throw new IllegalStateException(
          name + " disagrees with the default qualifier on " + count + " of " + plain.length + " leads:" + differences);
    }
  }

  /**
   * One line on the mix: verdicts and the most common reasons.
   *
   * @return a summary such as {@code 10000 leads: SQL 30.1 %, ...}
   */
  public String describe() {
    StringBuilder s = new StringBuilder().append(leads.length).append(" leads:");
    for (Map.Entry<Verdict, Integer> e : verdicts.entrySet()) {
      s.append(String.format(" %s %.1f %%", e.getKey(), 100.0 * e.getValue() / leads.length));
    }
    s.append("; unmet reasons:");
    for (Map.Entry<String, Integer> e : reasons.entrySet()) {
      s.append(' ').append(e.getKey()).append('=').append(e.getValue());
    }
    return s.toString();
  }

  /**
   * The share of leads with a verdict.
   *
   * @param verdict the verdict
   * @return a fraction from 0 to 1
   */
  public double share(Verdict verdict) {
    return verdicts.getOrDefault(verdict, 0) / (double) leads.length;
  }
}
