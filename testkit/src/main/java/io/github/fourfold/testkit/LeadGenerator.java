package io.github.fourfold.testkit;

import io.github.fourfold.Criterion;
import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.ReasonCode;
import io.github.fourfold.Verdict;
import io.github.fourfold.model.Company;
import io.github.fourfold.model.Contact;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.UrgencyTrigger;
import io.github.fourfold.testkit.internal.Dice;
import io.github.fourfold.testkit.internal.LeadFactory.ProblemKind;
import io.github.fourfold.testkit.internal.LeadFactory;
import io.github.fourfold.testkit.internal.SplitMix64;
import io.github.fourfold.testkit.internal.Wording;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Generates random valid leads, and their parts, for property-based tests of qualifiers:
 * reproducible from a seed and biased towards what finds bugs.
 *
 * <p>Every lead is valid (it builds), and every date in it is relative to the generator's
 * reference date {@link #asOf()} and {@link #horizon()}: trigger dates fall exactly on, and one
 * day either side of, {@code asOf − horizon}, {@code asOf} and {@code asOf + horizon} far more
 * often than chance would put them there. Text is often blank (including no-break and zero-width
 * spaces), tricky (a soft hyphen is not blank), unicode or thousands of code points long; lists
 * are often empty or long; quantities are often exactly zero; facts are often {@code ASSUMED} and
 * problems unaddressable.
 *
 * <p>Knobs shape the leads by what the four-question rule makes of them, so a property can be
 * stated in one line:
 *
 * <pre>{@code
 * LeadGenerator sql = LeadGenerator.builder().sql().build();
 * LeadGenerator urgencyOnly = LeadGenerator.builder().missingExactly(Criterion.URGENCY).build();
 * sql.stream(42L, 1_000).forEach(lead -> assertTrue(myQualifier.qualify(lead, sql.asOf()).isSql()));
 * }</pre>
 *
 * <p>It is framework-neutral: {@link #next(RandomGenerator)} takes any random source, and
 * {@link #stream(long, int)} and {@link #lead(long, int)} give the same leads for the same seed
 * on every JDK. Instances are immutable and thread-safe.
 */
public final class LeadGenerator {
  /** The reference date of {@link #ofDefaults()}: 2027-03-01, the spec's examples' date. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2027, 3, 1);

  private static final int MET_PERCENT = 70;

  private final LeadFactory factory;
  private final Target[] requested;
  private final @Nullable Verdict verdict;
  private final Target[] effective;
  /** By key, in key order: the values asked for with {@link Builder#attribute}. */
  private final SortedMap<String, List<@Nullable String>> attributePools;
  /** The companies asked for with {@link Builder#company}, or null for random ones. */
  private final @Nullable List<Company> companies;

  private LeadGenerator(Builder builder) {
    this.factory = new LeadFactory(builder.asOf, builder.horizon);
    this.requested = builder.targets.clone();
    this.verdict = builder.verdict;
    this.attributePools = Collections.unmodifiableSortedMap(new TreeMap<>(builder.attributePools));
    this.companies = builder.companies;
    this.effective = effectiveTargets();
  }

  /**
   * A generator of any valid lead as of {@link #DEFAULT_AS_OF}, with the default twelve-month
   * horizon.
   *
   * @return the generator
   */
  public static LeadGenerator ofDefaults() {
    return builder().build();
  }

  /**
   * Starts configuring a generator.
   *
   * @return a builder with the defaults of {@link #ofDefaults()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The reference date the leads' dates are placed around; qualify the leads as of this date.
   *
   * @return the reference date
   */
  public LocalDate asOf() {
    return factory.asOf();
  }

  /**
   * The horizon of the policy the leads' dates are placed around.
   *
   * @return the horizon
   */
  public Period horizon() {
    return factory.horizon();
  }

  // ---- leads ------------------------------------------------------------------------------------

  /**
   * The next random lead from {@code random}.
   *
   * @param random any random source; only {@link RandomGenerator#nextLong()} is called, so a
   *     seeded source gives the same lead on every JDK
   * @return a valid lead
   */
  public Lead next(RandomGenerator random) {
    Dice dice = new Dice(random);
    Map<Criterion, @Nullable ReasonCode> outcome = new EnumMap<>(Criterion.class);
    boolean allMet = true;
    for (Criterion c : Criterion.values()) {
      Target t = effective[c.ordinal()];
      boolean met = t.met && (t.reasons.isEmpty() || dice.percent(MET_PERCENT));
      ReasonCode reason = met ? null : pickReason(t, dice);
      outcome.put(c, reason);
      allMet &= met;
    }
    if (verdict == Verdict.NOT_YET && allMet) {
      List<Criterion> missable = new ArrayList<>();
      for (Criterion c : Criterion.values()) {
        if (!effective[c.ordinal()].reasons.isEmpty()) {
          missable.add(c);
        }
      }
      Criterion c = dice.pick(missable);
      outcome.put(c, pickReason(effective[c.ordinal()], dice));
    }
    Lead lead = factory.lead(
        dice,
        outcome.get(Criterion.SITUATION) == null,
        outcome.get(Criterion.PROBLEM),
        outcome.get(Criterion.URGENCY),
        outcome.get(Criterion.DECISION));
    return withAskedFor(lead, dice);
  }

  /** The lead with the companies and attributes asked for; unchanged when none were. */
  private Lead withAskedFor(Lead lead, Dice dice) {
    List<Company> pool = companies;
    if (attributePools.isEmpty() && pool == null) {
      return lead;
    }
    Lead.Builder out = Lead.builder().from(lead);
    if (pool != null) {
      out.company(dice.percent(20) ? null : dice.pick(pool));
    }
    if (!attributePools.isEmpty()) {
      SortedMap<String, String> attributes = new TreeMap<>(lead.attributes());
      for (Map.Entry<String, List<@Nullable String>> e : attributePools.entrySet()) {
        String value = Wording.attributeValue(dice, e.getValue());
        if (value == null) {
          attributes.remove(e.getKey());
        } else {
          attributes.put(e.getKey(), value);
        }
      }
      out.attributes(attributes);
    }
    return out.build();
  }

  /** A reason from the target, the "nothing recorded" one (an empty list) a third of the time. */
  private static ReasonCode pickReason(Target t, Dice dice) {
    List<ReasonCode> reasons = new ArrayList<>(t.reasons);
    for (ReasonCode empty : EMPTY_REASONS) {
      if (reasons.contains(empty) && dice.percent(33)) {
        return empty;
      }
    }
    return dice.pick(reasons);
  }

  private static final List<ReasonCode> EMPTY_REASONS = List.of(ReasonCode.SITUATION_UNKNOWN,
      ReasonCode.PROBLEM_UNKNOWN, ReasonCode.URGENCY_UNKNOWN, ReasonCode.DECISION_UNKNOWN);

  /**
   * The lead at position {@code index} of {@link #stream(long, int) stream(seed, ...)}: each
   * position has its own random source, so one lead is rebuilt without the ones before it.
   *
   * @param seed the stream's seed
   * @param index the position, zero or more
   * @return the lead
   */
  public Lead lead(long seed, int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative");
    }
    return next(SplitMix64.forLead(seed, index));
  }

  /**
   * {@code count} leads, the same for the same seed on every run and every JDK.
   *
   * @param seed the seed
   * @param count how many leads, zero or more
   * @return the leads {@code lead(seed, 0)} to {@code lead(seed, count - 1)}, in order
   */
  public Stream<Lead> stream(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    return IntStream.range(0, count).mapToObj(i -> lead(seed, i));
  }

  // ---- parts ------------------------------------------------------------------------------------

  /**
   * A situation that is known (a non-blank summary or an installed base) about two times in
   * three; otherwise one with neither, never null.
   *
   * @param random the random source
   * @return a situation
   */
  public Situation situation(RandomGenerator random) {
    Dice dice = new Dice(random);
    Situation s = factory.situation(dice, dice.percent(65));
    return s == null ? Situation.builder().build() : s;
  }

  /**
   * Any problem: counting, stated but unaddressable, stated but not quantified, or assumed.
   *
   * @param random the random source
   * @return a problem
   */
  public Problem problem(RandomGenerator random) {
    Dice dice = new Dice(random);
    return factory.problem(dice, dice.oneOf(ProblemKind.values()));
  }

  /**
   * A problem that counts: stated, not unaddressable, and with a cost, frequency or time lost
   * above zero.
   *
   * @param random the random source
   * @return a counting problem
   */
  public Problem countingProblem(RandomGenerator random) {
    return factory.problem(new Dice(random), ProblemKind.COUNTING);
  }

  /**
   * Any urgency trigger: every kind, basis, date zone and consequence the rule distinguishes.
   *
   * @param random the random source
   * @return a trigger
   */
  public UrgencyTrigger trigger(RandomGenerator random) {
    return factory.anyTrigger(new Dice(random));
  }

  /**
   * An urgency trigger that counts as of {@link #asOf()} with {@link #horizon()}.
   *
   * @param random the random source
   * @return a counting trigger
   */
  public UrgencyTrigger countingTrigger(RandomGenerator random) {
    return factory.trigger(new Dice(random), null);
  }

  /**
   * An urgency trigger that fails with the given code as of {@link #asOf()}.
   *
   * @param random the random source
   * @param reason an urgency code other than {@code URGENCY_UNKNOWN}
   * @return the trigger
   * @throws IllegalArgumentException if no trigger fails with {@code reason} on this date
   */
  public UrgencyTrigger failingTrigger(RandomGenerator random, ReasonCode reason) {
    if (reason.criterion() != Criterion.URGENCY || reason == ReasonCode.URGENCY_UNKNOWN) {
      throw new IllegalArgumentException("a single trigger cannot fail with " + reason);
    }
    return factory.trigger(new Dice(random), reason);
  }

  /**
   * Any decision process (possibly one that does not "exist" by the rule: no stakeholders and
   * blank texts), never null.
   *
   * @param random the random source
   * @return a decision process
   */
  public DecisionProcess decisionProcess(RandomGenerator random) {
    Dice dice = new Dice(random);
    ReasonCode target =
        dice.percent(40)
            ? null
            : dice.oneOf(
                ReasonCode.DECISION_UNKNOWN,
                ReasonCode.DECISION_MAKER_UNKNOWN,
                ReasonCode.DECISION_PROCESS_UNKNOWN);
    DecisionProcess p = factory.decision(dice, target);
    return p == null ? DecisionProcess.builder().build() : p;
  }

  /**
   * Any stakeholder.
   *
   * @param random the random source
   * @return a stakeholder
   */
  public Stakeholder stakeholder(RandomGenerator random) {
    return factory.anyStakeholder(new Dice(random));
  }

  /**
   * A stakeholder who can decide: stated, with the role {@code APPROVES} or a signing threshold.
   *
   * @param random the random source
   * @return a decider
   */
  public Stakeholder decider(RandomGenerator random) {
    return factory.decider(new Dice(random));
  }

  /**
   * A company with random, sometimes absent, details.
   *
   * @param random the random source
   * @return a company
   */
  public Company company(RandomGenerator random) {
    return factory.company(new Dice(random));
  }

  /**
   * A contact person with random, sometimes absent, personal data.
   *
   * @param random the random source
   * @return a contact
   */
  public Contact contact(RandomGenerator random) {
    return factory.contact(new Dice(random));
  }

  /** {@return the generator's settings (reference date, horizon, what each criterion may be)} */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("LeadGenerator{asOf=").append(asOf());
    out.append(", horizon=").append(horizon());
    for (Criterion c : Criterion.values()) {
      out.append(", ").append(c).append('=').append(requested[c.ordinal()]);
    }
    if (verdict != null) {
      out.append(", verdict=").append(verdict);
    }
    if (!attributePools.isEmpty()) {
      out.append(", attributes=").append(attributePools.keySet());
    }
    if (companies != null) {
      out.append(", companies=").append(companies.size());
    }
    return out.append('}').toString();
  }

  // ---- targets ----------------------------------------------------------------------------------

  /** What one criterion may come out as: met, and/or unmet with one of some reasons. */
  private static final class Target {
    final Criterion criterion;
    final boolean met;
    final Set<ReasonCode> reasons;

    Target(Criterion criterion, boolean met, Set<ReasonCode> reasons) {
      this.criterion = criterion;
      this.met = met;
      this.reasons = reasons.isEmpty() ? Set.of() : EnumSet.copyOf(reasons);
    }

    static Target any(Criterion c) {
      return new Target(c, true, reasonsOf(c));
    }

    @Override
    public String toString() {
      boolean all = reasons.equals(reasonsOf(criterion));
      if (reasons.isEmpty()) {
        return "met";
      }
      if (all) {
        return met ? "any" : "unmet";
      }
      return (met ? "met or " : "") + (reasons.size() == 1 ? reasons.iterator().next() : reasons);
    }
  }

  private static Set<ReasonCode> reasonsOf(Criterion c) {
    Set<ReasonCode> out = EnumSet.noneOf(ReasonCode.class);
    for (ReasonCode r : ReasonCode.values()) {
      if (r.criterion() == c) {
        out.add(r);
      }
    }
    return out;
  }

  private Target[] effectiveTargets() {
    Target[] out = new Target[Criterion.values().length];
    boolean someMissable = false;
    for (Criterion c : Criterion.values()) {
      Target t = requested[c.ordinal()];
      boolean met = t.met;
      Set<ReasonCode> reasons = EnumSet.noneOf(ReasonCode.class);
      for (ReasonCode r : t.reasons) {
        if (factory.feasible(r)) {
          reasons.add(r);
        }
      }
      if (verdict == Verdict.SQL) {
        reasons.clear();
      } else if (verdict == Verdict.DISQUALIFIED && c == Criterion.PROBLEM) {
        met = false;
        reasons.retainAll(Set.of(ReasonCode.PROBLEM_NOT_ADDRESSABLE));
      } else if (verdict == Verdict.NOT_YET && c == Criterion.PROBLEM) {
        reasons.remove(ReasonCode.PROBLEM_NOT_ADDRESSABLE);
      }
      if (!met && reasons.isEmpty()) {
        throw new IllegalStateException(
            "No lead can satisfy " + this + ": " + c + " can come out neither met nor unmet"
                + " with the reasons asked for, as of " + asOf() + " with horizon " + horizon());
      }
      someMissable |= !reasons.isEmpty();
      out[c.ordinal()] = new Target(c, met, reasons);
    }
    if (verdict == Verdict.NOT_YET && !someMissable) {
      throw new IllegalStateException(
          "No lead can satisfy " + this + ": NOT_YET needs a criterion that may be unmet");
    }
    return out;
  }

  /**
   * Configures a {@link LeadGenerator}. Knobs about one criterion replace what an earlier knob
   * said about it; {@link #verdict(Verdict)} narrows whatever the criteria allow.
   */
  public static final class Builder {
    private LocalDate asOf = DEFAULT_AS_OF;
    private Period horizon = QualificationPolicy.DEFAULT_HORIZON;
    private final Target[] targets = new Target[Criterion.values().length];
    private @Nullable Verdict verdict;
    private final Map<String, List<@Nullable String>> attributePools = new TreeMap<>();
    private @Nullable List<Company> companies;

    private Builder() {
      for (Criterion c : Criterion.values()) {
        targets[c.ordinal()] = Target.any(c);
      }
    }

    /**
     * Starts from another generator's settings.
     *
     * @param generator the generator to copy
     * @return this builder
     */
    public Builder from(LeadGenerator generator) {
      this.asOf = generator.asOf();
      this.horizon = generator.horizon();
      System.arraycopy(generator.requested, 0, targets, 0, targets.length);
      this.verdict = generator.verdict;
      this.attributePools.clear();
      this.attributePools.putAll(generator.attributePools);
      this.companies = generator.companies;
      return this;
    }

    /**
     * Leads whose {@code attributes} hold {@code key} with values from {@code values}, and also
     * without the key (about one lead in seven), with a blank value (one in ten), and with an odd
     * or hostile value (one in seven: {@code "none"}, {@code " 12000 "}, {@code "12,000"},
     * {@code "1e6"}, a number too large for a {@code long}, digits of other scripts, markup,
     * control characters, thousands of characters, ...). So a qualifier that reads the key is
     * checked with what a CRM really holds. Asking for a key again replaces its values.
     *
     * <pre>{@code
     * LeadGenerator.builder().attribute("crm.budget", "25000", "none", "unknown").build();
     * }</pre>
     *
     * @param key the attribute's key, as your qualifier reads it
     * @param values the values it expects; a null element means "absent" more often
     * @return this builder
     */
    public Builder attribute(String key, @Nullable String... values) {
      Objects.requireNonNull(key, "key");
      attributePools.put(key, Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values))));
      return this;
    }

    /**
     * Leads whose company is one of these (for a qualifier that reads the industry, size or
     * country), or that have no company (about one lead in five). Without this knob companies
     * are random, with every detail sometimes absent, blank or odd.
     *
     * @param first a company
     * @param more further companies
     * @return this builder
     */
    public Builder company(Company first, Company... more) {
      List<Company> pool = new ArrayList<>();
      pool.add(Objects.requireNonNull(first, "first"));
      for (Company c : more) {
        pool.add(Objects.requireNonNull(c, "company"));
      }
      this.companies = List.copyOf(pool);
      return this;
    }

    /**
     * The reference date to place dates around; {@link #DEFAULT_AS_OF} unless set.
     *
     * @param asOf a date in the years 0001 to 9999
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = asOf;
      return this;
    }

    /**
     * The horizon of the policy the leads will be judged with; twelve months unless set.
     *
     * @param horizon a period that is not negative
     * @return this builder
     */
    public Builder horizon(Period horizon) {
      if (horizon.isNegative()) {
        throw new IllegalArgumentException("the horizon must not be negative");
      }
      this.horizon = horizon;
      return this;
    }

    /**
     * Only leads for which all four criteria are met: sales-qualified by the default rule.
     *
     * @return this builder
     */
    public Builder sql() {
      for (Criterion c : Criterion.values()) {
        met(c);
      }
      return this;
    }

    /**
     * Only leads for which exactly the given criteria are unmet (each for any of its reasons)
     * and every other criterion is met. {@code missingExactly(Criterion.PROBLEM)} includes
     * disqualified leads; add {@code verdict(Verdict.NOT_YET)} to leave them out.
     *
     * @param first an unmet criterion
     * @param more further unmet criteria
     * @return this builder
     */
    public Builder missingExactly(Criterion first, Criterion... more) {
      Set<Criterion> missing = EnumSet.of(first, more);
      for (Criterion c : Criterion.values()) {
        if (missing.contains(c)) {
          unmet(c);
        } else {
          met(c);
        }
      }
      return this;
    }

    /**
     * Only leads for which this criterion is met.
     *
     * @param criterion the criterion
     * @return this builder
     */
    public Builder met(Criterion criterion) {
      targets[criterion.ordinal()] = new Target(criterion, true, Set.of());
      return this;
    }

    /**
     * Only leads for which this criterion is unmet, for any of its reasons.
     *
     * @param criterion the criterion
     * @return this builder
     */
    public Builder unmet(Criterion criterion) {
      targets[criterion.ordinal()] = new Target(criterion, false, reasonsOf(criterion));
      return this;
    }

    /**
     * Only leads for which this reason's criterion is unmet with exactly this reason, e.g.
     * {@code reason(ReasonCode.URGENCY_BEYOND_HORIZON)} or, for disqualified leads,
     * {@code reason(ReasonCode.PROBLEM_NOT_ADDRESSABLE)}.
     *
     * @param reason the reason
     * @return this builder
     */
    public Builder reason(ReasonCode reason) {
      targets[reason.criterion().ordinal()] = new Target(reason.criterion(), false, EnumSet.of(reason));
      return this;
    }

    /**
     * Only leads that get this verdict from the default rule.
     *
     * @param verdict the verdict
     * @return this builder
     */
    public Builder verdict(Verdict verdict) {
      this.verdict = verdict;
      return this;
    }

    /**
     * Builds the generator.
     *
     * @return the generator
     * @throws IllegalArgumentException if {@code asOf} is outside the years 0001 to 9999
     * @throws IllegalStateException if the knobs contradict each other, or ask for a reason no
     *     lead can have on this date (no trigger is stale as of 0001-01-01)
     */
    public LeadGenerator build() {
      return new LeadGenerator(this);
    }
  }
}
