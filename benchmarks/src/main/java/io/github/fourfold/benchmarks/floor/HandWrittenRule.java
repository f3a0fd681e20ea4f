package io.github.fourfold.benchmarks.floor;

import io.github.fourfold.Criterion;
import io.github.fourfold.Verdict;
import io.github.fourfold.model.Basis;
import io.github.fourfold.model.Role;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The floor: the four-question rule (spec version 1, twelve-month horizon) hand-written as an
 * if-chain over {@link PlainLead} records. It returns only what a CRM's own code would need: the
 * verdict and a bitmask of the unmet criteria, packed in one {@code int}. No reasons, messages,
 * warnings or questions.
 *
 * <p>The predicates are public so that the Easy Rules rules use exactly the same logic: what they
 * cost on top of this is the engine.
 */
public final class HandWrittenRule {
  /** Bit set when the situation criterion is unmet. */
  public static final int SITUATION = 1;
  /** Bit set when the problem criterion is unmet. */
  public static final int PROBLEM = 2;
  /** Bit set when the urgency criterion is unmet. */
  public static final int URGENCY = 4;
  /** Bit set when the decision criterion is unmet. */
  public static final int DECISION = 8;
  /** Bit set when the lead is disqualified (every problem stated and unaddressable). */
  public static final int DISQUALIFIED = 16;

  /** {@link #problem(List)}: a problem counts. */
  public static final int PROBLEM_MET = 0;
  /** {@link #problem(List)}: no problem counts, but the lead is not a misfit. */
  public static final int PROBLEM_UNMET = 1;
  /** {@link #problem(List)}: every problem is stated and unaddressable. */
  public static final int PROBLEM_MISFIT = 2;

  /** The spec's default horizon. */
  public static final Period HORIZON = Period.ofMonths(12);

  private HandWrittenRule() {}

  /**
   * Judges a lead.
   *
   * @param lead the lead
   * @param asOf the reference date
   * @return the unmet-criteria bits, plus {@link #DISQUALIFIED}
   */
  public static int qualify(PlainLead lead, LocalDate asOf) {
    int unmet = 0;
    if (!situationMet(lead.situation())) {
      unmet |= SITUATION;
    }
    int problem = problem(lead.problems());
    if (problem != PROBLEM_MET) {
      unmet |= problem == PROBLEM_MISFIT ? PROBLEM | DISQUALIFIED : PROBLEM;
    }
    if (!urgencyMet(lead.triggers(), asOf, asOf.minus(HORIZON), asOf.plus(HORIZON))) {
      unmet |= URGENCY;
    }
    if (!decisionMet(lead.decision())) {
      unmet |= DECISION;
    }
    return unmet;
  }

  /**
   * The verdict packed in a result of {@link #qualify}.
   *
   * @param result the packed result
   * @return the verdict
   */
  public static Verdict verdict(int result) {
    if ((result & DISQUALIFIED) != 0) {
      return Verdict.DISQUALIFIED;
    }
    return (result & (SITUATION | PROBLEM | URGENCY | DECISION)) == 0 ? Verdict.SQL : Verdict.NOT_YET;
  }

  /**
   * The bit of a criterion.
   *
   * @param criterion the criterion
   * @return its bit
   */
  public static int bit(Criterion criterion) {
    return switch (criterion) {
      case SITUATION -> SITUATION;
      case PROBLEM -> PROBLEM;
      case URGENCY -> URGENCY;
      case DECISION -> DECISION;
    };
  }

  /**
   * Whether the situation is known: a non-blank summary or an installed base.
   *
   * @param situation the situation, or null
   * @return true when met
   */
  public static boolean situationMet(PlainLead.@Nullable Situation situation) {
    return situation != null && (!isBlank(situation.summary()) || !situation.installedBase().isEmpty());
  }

  /**
   * Whether some problem counts (stated, not unaddressable, quantified).
   *
   * @param problems the problems
   * @return {@link #PROBLEM_MET}, {@link #PROBLEM_UNMET} or {@link #PROBLEM_MISFIT}
   */
  public static int problem(List<PlainLead.Problem> problems) {
    if (problems.isEmpty()) {
      return PROBLEM_UNMET;
    }
    boolean allMisfit = true;
    for (PlainLead.Problem p : problems) {
      boolean stated = p.basis() == Basis.STATED;
      boolean unaddressable = Boolean.FALSE.equals(p.addressable());
      if (stated && !unaddressable && quantified(p)) {
        return PROBLEM_MET;
      }
      allMisfit &= stated && unaddressable;
    }
    return allMisfit ? PROBLEM_MISFIT : PROBLEM_UNMET;
  }

  private static boolean quantified(PlainLead.Problem p) {
    PlainLead.Cost cost = p.cost();
    PlainLead.Frequency frequency = p.frequency();
    PlainLead.TimeLost timeLost = p.timeLost();
    return (cost != null && cost.amount().signum() > 0)
        || (frequency != null && frequency.count() > 0)
        || (timeLost != null && timeLost.hours().signum() > 0);
  }

  /**
   * Whether some trigger counts.
   *
   * @param triggers the triggers
   * @param asOf the reference date
   * @param earliest {@code asOf - horizon}
   * @param latest {@code asOf + horizon}
   * @return true when met
   */
  public static boolean urgencyMet(
      List<PlainLead.Trigger> triggers, LocalDate asOf, LocalDate earliest, LocalDate latest) {
    for (PlainLead.Trigger t : triggers) {
      if (t.basis() != Basis.STATED) {
        continue;
      }
      LocalDate date = t.date();
      boolean counts = switch (t.kind()) {
        case DEADLINE -> date != null && !date.isBefore(asOf) && !date.isAfter(latest);
        case EVENT -> date == null ? !isBlank(t.consequence()) : !date.isAfter(asOf) && !date.isBefore(earliest);
        case OPPORTUNITY -> date == null ? !isBlank(t.consequence()) : !date.isAfter(latest) && !date.isBefore(earliest);
      };
      if (counts) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether someone stated can decide and the how is known.
   *
   * @param decision the decision process, or null
   * @return true when met
   */
  public static boolean decisionMet(PlainLead.@Nullable Decision decision) {
    if (decision == null) {
      return false;
    }
    boolean how = !isBlank(decision.process()) || !isBlank(decision.timeline()) || decision.decisionBy() != null;
    boolean decider = false;
    for (PlainLead.Stakeholder s : decision.stakeholders()) {
      if (s.basis() == Basis.STATED) {
        if (s.approvesAbove() != null) {
          decider = true;
          how = true;
        } else if (s.roles().contains(Role.APPROVES)) {
          decider = true;
        }
      }
    }
    return decider && how;
  }

  /** Blank as the spec defines it: whitespace, space separators and zero-width characters only. */
  static boolean isBlank(@Nullable String s) {
    if (s == null) {
      return true;
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!(Character.isWhitespace(cp) || Character.isSpaceChar(cp)
          || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }
}
