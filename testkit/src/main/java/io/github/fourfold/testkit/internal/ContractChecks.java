package io.github.fourfold.testkit.internal;

import io.github.fourfold.Criterion;
import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.ReasonCode;
import io.github.fourfold.Verdict;
import io.github.fourfold.Warning;
import io.github.fourfold.WarningCode;
import io.github.fourfold.model.Basis;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.UrgencyTrigger;
import io.github.fourfold.testkit.LeadGenerator;
import io.github.fourfold.testkit.internal.LeadEdits.Variant;
import io.github.fourfold.testkit.internal.PropertyRunner.LeadCheck;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * The checks behind {@code QualifierContract} and {@code FourQuestionRuleContract}, one
 * {@link LeadCheck} per property. A check that needs the qualifier's result on the lead as given
 * treats a throwing qualifier as "does not apply": totality is its own check, so each failure is
 * reported once, by the check it belongs to.
 */
public final class ContractChecks {
  private static final long ORDER_SEED = 3L;
  private static final long WORDING_SEED = 4L;
  private static final long MARKER_SEED = 5L;
  private static final long ADD_SEED = 7L;
  private static final long THREAD_SEED = 11L;
  private static final Lead OTHER_LEAD = Lead.builder().id("another-lead").demoRequested(true).build();

  private ContractChecks() {}

  /** The result, or null when the qualifier throws or returns null. */
  static @Nullable QualificationResult attempt(Qualifier q, Lead lead, LocalDate asOf) {
    try {
      return q.qualify(lead, asOf);
    } catch (Throwable t) {
      PropertyRunner.rethrowFatal(t);
      return null;
    }
  }

  // ---- QualifierContract ------------------------------------------------------------------------

  /** Invariant 1: a result for this lead and date, on its own date and the calendar's ends. */
  public static LeadCheck total(Qualifier q) {
    return (lead, asOf) -> {
      String violation = totalOn(q, lead, asOf);
      for (LocalDate other : List.of(SpecOracle.FIRST_DATE, SpecOracle.LAST_DATE)) {
        if (violation == null && !other.equals(asOf)) {
          violation = totalOn(q, lead, other);
          if (violation != null) {
            violation = violation + " when qualified as of " + other;
          }
        }
      }
      return violation;
    };
  }

  private static @Nullable String totalOn(Qualifier q, Lead lead, LocalDate asOf) {
    QualificationResult r = q.qualify(lead, asOf);
    if ((Object) r == null) {
      return "returned null";
    }
    if (!r.leadId().equals(lead.id())) {
      return "returned a result for lead id " + LeadText.quote(r.leadId()) + " instead of "
          + LeadText.quote(lead.id());
    }
    if (!r.asOf().equals(asOf)) {
      return "returned a result as of " + r.asOf() + " instead of " + asOf;
    }
    return null;
  }

  /** Invariant 2: an equal lead, qualified again after another lead, gives an equal result. */
  public static LeadCheck deterministic(Qualifier q) {
    return (lead, asOf) -> {
      QualificationResult first = attempt(q, lead, asOf);
      if (first == null) {
        return null;
      }
      attempt(q, OTHER_LEAD, asOf);
      QualificationResult second = q.qualify(Lead.builder().from(lead).build(), asOf);
      if (first.equals(second)) {
        return null;
      }
      return "qualifying an equal copy of the lead again (after another lead) gave a different"
          + " result: " + fullDifference(first, second);
    };
  }

  /** Invariant 3: reordering problems, triggers or stakeholders changes no finding. */
  public static LeadCheck orderFree(Qualifier q) {
    return (lead, asOf) -> {
      QualificationResult base = attempt(q, lead, asOf);
      if (base == null) {
        return null;
      }
      for (Variant v : LeadEdits.reorderings(lead, new Dice(new SplitMix64(ORDER_SEED)))) {
        QualificationResult r = q.qualify(v.lead(), asOf);
        String difference = difference(base, r, Results.Detail.FINDINGS);
        if (difference != null) {
          return v.change() + " changed the result: " + difference;
        }
      }
      return null;
    };
  }

  /** Invariant 4: other names, e-mails, phones and wording (same blankness): same verdict. */
  public static LeadCheck blindToPersonalData(Qualifier q) {
    return (lead, asOf) -> {
      QualificationResult base = attempt(q, lead, asOf);
      if (base == null) {
        return null;
      }
      for (long k = 0; k < 2; k++) {
        Lead other = LeadEdits.reworded(lead, new Dice(new SplitMix64(WORDING_SEED + k)));
        QualificationResult r = q.qualify(other, asOf);
        String difference = difference(base, r, Results.Detail.VERDICT);
        if (difference != null) {
          return "other personal data and wording (blank text kept blank, non-blank kept"
              + " non-blank) changed the result: " + difference + "; the changed lead: "
              + LeadText.describe(other) + ", rebuilt by: " + LeadJava.of(other);
        }
      }
      return null;
    };
  }

  /** No text of a result contains the contact's or a stakeholder's name, e-mail or phone. */
  public static LeadCheck neverQuotesPersonalData(Qualifier q) {
    return new LeadCheck() {
      @Override
      public @Nullable String violation(Lead lead, LocalDate asOf) {
        List<String> markers = new ArrayList<>();
        Lead marked = marked(lead, markers);
        QualificationResult r = attempt(q, marked, asOf);
        if (r == null) {
          return null;
        }
        for (String text : Results.texts(r)) {
          for (int i = 0; i < markers.size(); i++) {
            if (text.contains(markers.get(i))) {
              String masked = text;
              for (String marker : markers) {
                masked = masked.replace(marker, "***");
              }
              return "the result quotes personal data: the check replaced the contact's name,"
                  + " e-mail and phone (adding a contact when there was none) and every"
                  + " stakeholder's name with generated markers (16 letters starting \"Zq\"), and"
                  + " the result contains the marker for " + MARKED[Math.min(i, MARKED.length - 1)]
                  + " (masked as ***): " + LeadText.quote(masked);
            }
          }
        }
        return null;
      }

      @Override
      public Lead judged(Lead lead) {
        return marked(lead, new ArrayList<>());
      }
    };
  }

  /** What each marker of {@link LeadEdits#withPersonalDataMarkers} stands for, in order. */
  private static final String[] MARKED = {
    "the contact's name", "the contact's e-mail address", "the contact's phone number",
    "a stakeholder's name"
  };

  private static Lead marked(Lead lead, List<String> markers) {
    return LeadEdits.withPersonalDataMarkers(lead, new Dice(new SplitMix64(MARKER_SEED)), markers);
  }

  /**
   * Thread safety: the same results when one instance qualifies the leads from several threads
   * at once, each in its own order, as from one thread. Fails with the first difference.
   *
   * @return the number of qualifications made from the threads
   */
  public static int threadSafe(
      Qualifier q, LeadGenerator generator, String generatorExpression, long seed, int leads) {
    PropertyRunner runner =
        new PropertyRunner("", q, generator, generatorExpression, seed, leads);
    List<Lead> ls = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    List<@Nullable QualificationResult> expected = new ArrayList<>();
    for (int i = 0; i < leads; i++) {
      LeadGenerator g = runner.generatorFor(i);
      Lead lead = g.lead(seed, i);
      ls.add(lead);
      dates.add(g.asOf());
      expected.add(attempt(q, lead, g.asOf()));
    }
    int threads = Math.max(4, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "fourfold-contract");
      t.setDaemon(true);
      return t;
    });
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<@Nullable String>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        long threadSeed = THREAD_SEED + t;
        futures.add(pool.submit(() -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < leads; i++) {
            order.add(i);
          }
          order = new Dice(new SplitMix64(threadSeed)).shuffled(order);
          ready.countDown();
          go.await();
          for (int i : order) {
            QualificationResult want = expected.get(i);
            if (want == null) {
              continue;
            }
            QualificationResult got = q.qualify(ls.get(i), dates.get(i));
            if (!want.equals(got)) {
              return "lead #" + i + " (as of " + dates.get(i) + "): " + fullDifference(want, got)
                  + "; the lead: " + LeadText.describe(ls.get(i));
            }
          }
          return null;
        }));
      }
      ready.await(30, TimeUnit.SECONDS);
      go.countDown();
      for (Future<@Nullable String> f : futures) {
        String violation;
        Throwable cause = null;
        try {
          violation = f.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          cause = Objects.requireNonNullElse(e.getCause(), e);
          violation = "qualify threw when called from several threads at once: " + cause;
        } catch (TimeoutException e) {
          cause = e;
          violation = "qualifying from several threads at once did not finish within 120 s"
              + " (a deadlock?)";
        }
        if (violation != null) {
          throw new AssertionFailedError(
              "Thread safety: one instance called from " + threads + " threads at once must give"
                  + " the results it gives from one thread\n"
                  + "  does not hold for qualifier " + PropertyRunner.describe(q) + ".\n"
                  + "  Problem:  " + violation + "\n"
                  + "  Leads #0 to #" + (leads - 1) + " of " + generatorExpression + " from seed "
                  + seed + ", each qualified by every thread in its own order (not shrunk: a"
                  + " race depends on timing, not on one lead).",
              cause);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionFailedError("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    return threads * leads;
  }

  // ---- FourQuestionRuleContract -----------------------------------------------------------------

  /** Invariant 5: the four criteria in order, one reason per unmet one, a consistent verdict. */
  public static LeadCheck sqlExactlyWhenAllMet(Qualifier q) {
    return (lead, asOf) -> {
      QualificationResult r = attempt(q, lead, asOf);
      return r == null ? null : shapeViolation(r);
    };
  }

  static @Nullable String shapeViolation(QualificationResult r) {
    List<CriterionFinding> findings = r.findings();
    if (findings.size() != 4) {
      return "has " + findings.size() + " findings " + Results.codes(r)
          + "; the default rule reports exactly the four criteria";
    }
    boolean allMet = true;
    for (Criterion c : Criterion.values()) {
      CriterionFinding f = findings.get(c.ordinal());
      if (!f.criterionCode().equals(c.name())) {
        return "finding #" + c.ordinal() + " is " + f.criterionCode() + ", expected " + c
            + ": the criteria come in the order SITUATION, PROBLEM, URGENCY, DECISION";
      }
      if (f.met() != (f.reasonCode() == null)) {
        return c + " is " + (f.met() ? "met with" : "unmet without") + " a reason";
      }
      ReasonCode reason = f.standardReason();
      if (!f.met() && (reason == null || reason.criterion() != c)) {
        return c + " is unmet with " + f.reasonCode() + ", which is not one of its reason codes";
      }
      allMet &= f.met();
    }
    if (allMet != (r.verdict() == Verdict.SQL)) {
      return "verdict " + r.verdict() + " with findings " + Results.codes(r)
          + ": SQL exactly when all four criteria are met";
    }
    boolean notAddressable =
        Objects.equals(findings.get(Criterion.PROBLEM.ordinal()).reasonCode(),
            ReasonCode.PROBLEM_NOT_ADDRESSABLE.name());
    if (notAddressable != (r.verdict() == Verdict.DISQUALIFIED)) {
      return "verdict " + r.verdict() + " with findings " + Results.codes(r)
          + ": DISQUALIFIED exactly when PROBLEM fails with PROBLEM_NOT_ADDRESSABLE";
    }
    boolean beyond =
        Objects.equals(findings.get(Criterion.URGENCY.ordinal()).reasonCode(),
            ReasonCode.URGENCY_BEYOND_HORIZON.name());
    if (r.revisitOn() != null && !(r.verdict() == Verdict.NOT_YET && beyond)) {
      return "revisitOn " + r.revisitOn() + " with " + Results.summary(r)
          + ": only NOT_YET leads with URGENCY_BEYOND_HORIZON get one";
    }
    int last = -1;
    for (Warning w : r.warnings()) {
      WarningCode code = warningCode(w.code());
      if (code == null) {
        return "warning " + w.code() + " is not one of the spec's warning codes";
      }
      if (code.ordinal() <= last) {
        return "warnings " + Results.warningCodes(r)
            + " are repeated or out of the spec's order";
      }
      last = code.ordinal();
    }
    return null;
  }

  private static @Nullable WarningCode warningCode(String code) {
    for (WarningCode c : WarningCode.values()) {
      if (c.name().equals(code)) {
        return c;
      }
    }
    return null;
  }

  /** Invariant 6: an SQL lead without what meets one criterion is NOT_YET (or DISQUALIFIED). */
  public static LeadCheck removingWhatMeetsACriterion(Qualifier q, Period horizon) {
    SpecOracle oracle = new SpecOracle(horizon);
    return (lead, asOf) -> {
      QualificationResult r = attempt(q, lead, asOf);
      if (r == null || r.verdict() != Verdict.SQL) {
        return null; // not an SQL lead for this qualifier: the agreement check reports that
      }
      for (Removal removal : removals(lead, asOf, oracle)) {
        QualificationResult after = q.qualify(removal.lead(), asOf);
        CriterionFinding f = after.finding(removal.criterion());
        if (after.verdict() != removal.expected() || f == null || f.met()) {
          return removal.change() + " gave " + Results.summary(after) + "; expected "
              + removal.expected() + " with " + removal.criterion() + " unmet";
        }
      }
      return null;
    };
  }

  /** One way of removing what meets a criterion, and the verdict the spec then expects. */
  record Removal(Criterion criterion, String change, Lead lead, Verdict expected) {}

  static List<Removal> removals(Lead lead, LocalDate asOf, SpecOracle oracle) {
    List<Removal> out = new ArrayList<>();
    out.add(new Removal(Criterion.SITUATION, "removing the situation",
        Lead.builder().from(lead).situation(null).build(), Verdict.NOT_YET));
    Situation situation = lead.situation();
    if (situation != null) {
      Situation empty =
          Situation.builder().from(situation).summary(null).installedBase(List.of()).build();
      out.add(new Removal(Criterion.SITUATION,
          "removing the situation's summary and installed base (keeping the rest)",
          Lead.builder().from(lead).situation(empty).build(), Verdict.NOT_YET));
    }
    List<Problem> remaining = new ArrayList<>();
    for (Problem p : lead.problems()) {
      if (!SpecOracle.counts(p)) {
        remaining.add(p);
      }
    }
    boolean onlyUnaddressable = !remaining.isEmpty() && remaining.stream()
        .allMatch(p -> p.basis() == Basis.STATED && Boolean.FALSE.equals(p.addressable()));
    out.add(new Removal(Criterion.PROBLEM, "removing every counting problem",
        LeadEdits.withProblems(lead, remaining),
        onlyUnaddressable ? Verdict.DISQUALIFIED : Verdict.NOT_YET));
    List<UrgencyTrigger> failing = new ArrayList<>();
    for (UrgencyTrigger t : lead.triggers()) {
      if (!oracle.counts(t, asOf)) {
        failing.add(t);
      }
    }
    out.add(new Removal(Criterion.URGENCY, "removing every counting trigger",
        LeadEdits.withTriggers(lead, failing), Verdict.NOT_YET));
    out.add(new Removal(Criterion.DECISION, "removing the decision process",
        Lead.builder().from(lead).decisionProcess(null).build(), Verdict.NOT_YET));
    DecisionProcess process = lead.decisionProcess();
    if (process != null) {
      List<Stakeholder> nonDeciders = new ArrayList<>();
      List<Stakeholder> withoutThresholds = new ArrayList<>();
      for (Stakeholder s : process.stakeholders()) {
        if (!SpecOracle.canDecide(s)) {
          nonDeciders.add(s);
        }
        withoutThresholds.add(s.basis() == Basis.STATED
            ? Stakeholder.builder().from(s).approvesAbove(null).build() : s);
      }
      out.add(new Removal(Criterion.DECISION, "removing every stakeholder who can decide",
          LeadEdits.withStakeholders(lead, nonDeciders), Verdict.NOT_YET));
      DecisionProcess noHow = DecisionProcess.builder().from(process).process(null).timeline(null)
          .decisionBy(null).stakeholders(withoutThresholds).build();
      out.add(new Removal(Criterion.DECISION,
          "removing the process, timeline, decision date and every stated signing threshold",
          Lead.builder().from(lead).decisionProcess(noHow).build(), Verdict.NOT_YET));
    }
    return out;
  }

  /** Invariant 7: a counting trigger added to an urgency-only lead makes it SQL. */
  public static LeadCheck addingACountingTrigger(Qualifier q, Period horizon) {
    Map<LocalDate, LeadFactory> factories = new HashMap<>();
    return (lead, asOf) -> {
      QualificationResult r = attempt(q, lead, asOf);
      if (r == null || !onlyUrgencyUnmet(r)) {
        return null; // not an urgency-only lead for this qualifier: agreement reports that
      }
      LeadFactory factory = factories.computeIfAbsent(asOf, d -> new LeadFactory(d, horizon));
      Dice dice = new Dice(new SplitMix64(ADD_SEED));
      UrgencyTrigger trigger = factory.trigger(dice, null);
      List<UrgencyTrigger> triggers = new ArrayList<>(lead.triggers());
      int position = dice.below(triggers.size() + 1);
      triggers.add(position, trigger);
      QualificationResult after = q.qualify(LeadEdits.withTriggers(lead, triggers), asOf);
      if (after.verdict() == Verdict.SQL) {
        return null;
      }
      return "adding the counting trigger " + LeadText.describe(trigger) + " at position "
          + position + " gave " + Results.summary(after) + " instead of SQL";
    };
  }

  private static boolean onlyUrgencyUnmet(QualificationResult r) {
    if (r.verdict() != Verdict.NOT_YET) {
      return false;
    }
    for (CriterionFinding f : r.findings()) {
      if (f.met() == f.criterionCode().equals(Criterion.URGENCY.name())) {
        return false;
      }
    }
    return true;
  }

  /** Invariant 8: marking a counting fact ASSUMED never improves the verdict. */
  public static LeadCheck markingACountingFactAssumed(Qualifier q, Period horizon) {
    SpecOracle oracle = new SpecOracle(horizon);
    return (lead, asOf) -> {
      QualificationResult r = attempt(q, lead, asOf);
      if (r == null) {
        return null;
      }
      for (Variant v : assumedVariants(lead, asOf, oracle)) {
        QualificationResult after = q.qualify(v.lead(), asOf);
        if (after.verdict().isBetterThan(r.verdict())) {
          return v.change() + " improved the verdict from " + r.verdict() + " to "
              + after.verdict() + " (" + Results.summary(after) + ")";
        }
      }
      return null;
    };
  }

  static List<Variant> assumedVariants(Lead lead, LocalDate asOf, SpecOracle oracle) {
    List<Variant> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>(lead.problems());
    List<UrgencyTrigger> triggers = new ArrayList<>(lead.triggers());
    List<Stakeholder> people = new ArrayList<>(LeadEdits.stakeholders(lead));
    for (int i = 0; i < problems.size(); i++) {
      Problem p = problems.get(i);
      if (SpecOracle.counts(p)) {
        Problem assumed = Problem.builder().from(p).basis(Basis.ASSUMED).build();
        out.add(new Variant("marking counting problem #" + i + " ASSUMED",
            LeadEdits.withProblems(lead, LeadEdits.replaced(lead.problems(), i, assumed))));
        problems.set(i, assumed);
      }
    }
    for (int i = 0; i < triggers.size(); i++) {
      UrgencyTrigger t = triggers.get(i);
      if (oracle.counts(t, asOf)) {
        UrgencyTrigger assumed = UrgencyTrigger.builder().from(t).basis(Basis.ASSUMED).build();
        out.add(new Variant("marking counting trigger #" + i + " ASSUMED",
            LeadEdits.withTriggers(lead, LeadEdits.replaced(lead.triggers(), i, assumed))));
        triggers.set(i, assumed);
      }
    }
    for (int i = 0; i < people.size(); i++) {
      Stakeholder s = people.get(i);
      if (SpecOracle.canDecide(s)) {
        Stakeholder assumed = Stakeholder.builder().from(s).basis(Basis.ASSUMED).build();
        out.add(new Variant("marking stakeholder #" + i + ", who can decide, ASSUMED",
            LeadEdits.withStakeholders(lead,
                LeadEdits.replaced(LeadEdits.stakeholders(lead), i, assumed))));
        people.set(i, assumed);
      }
    }
    if (out.size() > 1) {
      Lead all = LeadEdits.withTriggers(LeadEdits.withProblems(lead, problems), triggers);
      if (lead.decisionProcess() != null) {
        all = LeadEdits.withStakeholders(all, people);
      }
      out.add(new Variant("marking every counting problem, counting trigger and stakeholder who"
          + " can decide ASSUMED", all));
    }
    return out;
  }

  /** Agreement: the same verdict, reason codes, warning codes and revisit date as the reference. */
  public static LeadCheck agreesWith(Qualifier q, Qualifier reference) {
    return (lead, asOf) -> disagreement(q, reference, lead, asOf);
  }

  /** How the qualifier disagrees with the reference on one lead, or null. */
  public static @Nullable String disagreement(
      Qualifier q, Qualifier reference, Lead lead, LocalDate asOf) {
    QualificationResult expected = reference.qualify(lead, asOf);
    QualificationResult actual = q.qualify(lead, asOf);
    if (Results.difference(expected, actual, Results.Detail.CODES) == null) {
      return null;
    }
    return "the default rule says " + Results.summary(expected) + "; this qualifier says "
        + Results.summary(actual);
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private static @Nullable String difference(
      QualificationResult base, @Nullable QualificationResult other, Results.Detail detail) {
    if (other == null) {
      return "it returned null";
    }
    return Results.difference(base, other, detail);
  }

  private static String fullDifference(QualificationResult a, @Nullable QualificationResult b) {
    if (b == null) {
      return "null instead of a result";
    }
    String difference = Results.difference(a, b, Results.Detail.FINDINGS);
    if (difference != null) {
      return difference;
    }
    if (!a.nextQuestions().equals(b.nextQuestions())) {
      return "nextQuestions " + a.nextQuestions() + " became " + b.nextQuestions();
    }
    return "result " + a + " became " + b;
  }
}
