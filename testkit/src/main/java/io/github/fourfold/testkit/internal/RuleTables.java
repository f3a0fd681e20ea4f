package io.github.fourfold.testkit.internal;

import io.github.fourfold.ReasonCode;
import io.github.fourfold.model.Basis;
import io.github.fourfold.model.Cost;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Frequency;
import io.github.fourfold.model.InstalledBaseItem;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Money;
import io.github.fourfold.model.Per;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.Role;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.TimeLost;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import io.github.fourfold.testkit.internal.Boundaries.Position;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Exhaustive tables of the rule's input classes: every class of trigger, problem, decision
 * process and situation the spec distinguishes (alone and in pairs), and every combination of the
 * four criteria's outcomes. Each case varies one part of a lead whose other criteria are met, so
 * the varied part decides the verdict, the warnings and the revisit date.
 */
public final class RuleTables {
  /** One row: a lead, the date and horizon to judge it with, and what it stands for. */
  public record Case(String table, String description, Lead lead, LocalDate asOf, Period horizon) {
    @Override
    public String toString() {
      return table + ": " + description + ", as of " + asOf + ", horizon " + horizon;
    }
  }

  static final String TEXT = "They lose a large retail customer.";
  static final String BLANK = " \u00A0\u200B\t";

  private RuleTables() {}

  // ---- canonical parts --------------------------------------------------------------------------

  static Situation knownSituation() {
    return Situation.builder().summary("Six conveyor belts, twelve years old.").build();
  }

  static Problem countingProblem() {
    return Problem.builder().statement("Belts stop.").addressable(true)
        .cost(Cost.of(15_000, "EUR", Per.OCCURRENCE)).build();
  }

  static UrgencyTrigger trigger(TriggerKind kind, Basis basis, @Nullable LocalDate date,
      @Nullable String consequence) {
    return UrgencyTrigger.builder().kind(kind).basis(basis).description("Hygiene audit")
        .date(date).consequence(consequence).build();
  }

  static Stakeholder approver(boolean firstContact) {
    return Stakeholder.builder().title("Director").addRoles(Role.APPROVES)
        .firstContact(firstContact).build();
  }

  static DecisionProcess decided() {
    return DecisionProcess.builder().addStakeholders(approver(false)).process("Board").build();
  }

  /** A lead for which every criterion is met as of {@code asOf}, with a demo requested. */
  static Lead.Builder allMet(String id, LocalDate asOf) {
    return Lead.builder().id(id).demoRequested(true).situation(knownSituation())
        .addProblems(countingProblem())
        .addTriggers(trigger(TriggerKind.DEADLINE, Basis.STATED, asOf, TEXT))
        .decisionProcess(decided());
  }

  // ---- triggers ---------------------------------------------------------------------------------

  /**
   * Single triggers of every kind × basis × date position {none, asOf−h−1, asOf−h, asOf−1, asOf,
   * asOf+1, asOf+h, asOf+h+1} × consequence {absent, blank, non-blank}, and pairs of them (with
   * the consequence absent or non-blank), for each reference date.
   *
   * @param horizon the horizon
   * @param asOfs the reference dates
   * @param pairs whether to add the pairs
   * @return the cases
   */
  public static List<Case> triggers(Period horizon, List<LocalDate> asOfs, boolean pairs) {
    SpecOracle oracle = new SpecOracle(horizon);
    List<Case> out = new ArrayList<>();
    for (LocalDate asOf : asOfs) {
      List<Position> positions = new ArrayList<>();
      positions.add(new Position("no date", asOf));
      positions.addAll(new Boundaries(oracle, asOf).positions());
      List<UrgencyTrigger> singles = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<UrgencyTrigger> pairable = new ArrayList<>();
      List<String> pairableNames = new ArrayList<>();
      for (TriggerKind kind : TriggerKind.values()) {
        for (Basis basis : Basis.values()) {
          for (Position p : positions) {
            LocalDate date = p.name().equals("no date") ? null : p.date();
            @Nullable String[] consequences = {null, BLANK, TEXT};
            for (@Nullable String consequence : consequences) {
              UrgencyTrigger t = trigger(kind, basis, date, consequence);
              String name = kind + "/" + basis + " at " + p.name() + " with "
                  + (consequence == null ? "no" : consequence.equals(BLANK) ? "a blank" : "a")
                  + " consequence";
              singles.add(t);
              names.add(name);
              if (!BLANK.equals(consequence)) {
                pairable.add(t);
                pairableNames.add(name);
              }
            }
          }
        }
      }
      for (int i = 0; i < singles.size(); i++) {
        out.add(new Case("triggers", names.get(i),
            allMet("trigger-" + i, asOf).triggers(List.of(singles.get(i))).build(), asOf, horizon));
      }
      if (pairs) {
        for (int i = 0; i < pairable.size(); i++) {
          for (int j = 0; j < pairable.size(); j++) {
            out.add(new Case("trigger pairs", pairableNames.get(i) + " + " + pairableNames.get(j),
                allMet("pair-" + i + "-" + j, asOf)
                    .triggers(List.of(pairable.get(i), pairable.get(j))).build(), asOf, horizon));
          }
        }
      }
      out.add(new Case("triggers", "no triggers",
          allMet("no-trigger", asOf).triggers(List.of()).build(), asOf, horizon));
    }
    return out;
  }

  // ---- problems ---------------------------------------------------------------------------------

  /**
   * Single problems of every basis × addressable {true, false, absent} × quantification {none,
   * cost 0, cost > 0, frequency 0, frequency > 0, time 0, time > 0}, every pair of them, and no
   * problem.
   */
  public static List<Case> problems(Period horizon, LocalDate asOf) {
    List<Problem> singles = new ArrayList<>();
    List<String> names = new ArrayList<>();
    String[] quantities = {"no numbers", "cost 0", "cost 15000", "frequency 0", "frequency 3",
        "time 0", "time 2.5 h"};
    for (Basis basis : Basis.values()) {
      for (@Nullable Boolean addressable : new @Nullable Boolean[] {Boolean.TRUE, Boolean.FALSE, null}) {
        for (int q = 0; q < quantities.length; q++) {
          Problem.Builder p = Problem.builder().statement("Belts stop.").basis(basis)
              .addressable(addressable);
          switch (q) {
            case 1: p.cost(Cost.of(BigDecimal.ZERO, "EUR", Per.OCCURRENCE)); break;
            case 2: p.cost(Cost.of(15_000, "EUR", Per.YEAR)); break;
            case 3: p.frequency(Frequency.of(0, Per.MONTH)); break;
            case 4: p.frequency(Frequency.of(3, Per.YEAR)); break;
            case 5: p.timeLost(TimeLost.of(new BigDecimal("0.0"), Per.WEEK)); break;
            case 6: p.timeLost(TimeLost.of(new BigDecimal("2.5"), Per.OCCURRENCE)); break;
            default: break;
          }
          singles.add(p.build());
          names.add(basis + ", addressable " + addressable + ", " + quantities[q]);
        }
      }
    }
    List<Case> out = new ArrayList<>();
    out.add(new Case("problems", "no problems",
        allMet("no-problem", asOf).problems(List.of()).build(), asOf, horizon));
    for (int i = 0; i < singles.size(); i++) {
      out.add(new Case("problems", names.get(i),
          allMet("problem-" + i, asOf).problems(List.of(singles.get(i))).build(), asOf, horizon));
      for (int j = 0; j < singles.size(); j++) {
        out.add(new Case("problem pairs", names.get(i) + " + " + names.get(j),
            allMet("problems-" + i + "-" + j, asOf)
                .problems(List.of(singles.get(i), singles.get(j))).build(), asOf, horizon));
      }
    }
    return out;
  }

  // ---- decisions --------------------------------------------------------------------------------

  /**
   * No decision process, and processes with process {absent, blank, text} × timeline {absent,
   * blank, text} × decisionBy {absent, asOf} × no, one or two stakeholders, each of every basis ×
   * APPROVES {yes, no} × signing threshold {yes, no} × first contact {yes, no}.
   */
  public static List<Case> decisions(Period horizon, LocalDate asOf) {
    List<Stakeholder> people = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Basis basis : Basis.values()) {
      for (boolean approves : new boolean[] {false, true}) {
        for (boolean threshold : new boolean[] {false, true}) {
          for (boolean first : new boolean[] {false, true}) {
            Stakeholder.Builder s = Stakeholder.builder().title("Buyer").basis(basis)
                .firstContact(first).addRoles(Role.SELECTS);
            if (approves) {
              s.addRoles(Role.APPROVES);
            }
            if (threshold) {
              s.approvesAbove(Money.of(50_000, "EUR"));
            }
            people.add(s.build());
            names.add(basis + (approves ? " approver" : " selector")
                + (threshold ? " with threshold" : "") + (first ? " (first contact)" : ""));
          }
        }
      }
    }
    List<List<Stakeholder>> lists = new ArrayList<>();
    List<String> listNames = new ArrayList<>();
    lists.add(List.of());
    listNames.add("nobody");
    for (int i = 0; i < people.size(); i++) {
      lists.add(List.of(people.get(i)));
      listNames.add(names.get(i));
      for (int j = 0; j < people.size(); j++) {
        lists.add(List.of(people.get(i), people.get(j)));
        listNames.add(names.get(i) + " + " + names.get(j));
      }
    }
    @Nullable String[] texts = {null, BLANK, "Board decides"};
    List<Case> out = new ArrayList<>();
    out.add(new Case("decisions", "no decision process",
        allMet("no-decision", asOf).decisionProcess(null).build(), asOf, horizon));
    int n = 0;
    for (@Nullable String process : texts) {
      for (@Nullable String timeline : texts) {
        for (@Nullable LocalDate by : new @Nullable LocalDate[] {null, asOf}) {
          for (int k = 0; k < lists.size(); k++) {
            DecisionProcess p = DecisionProcess.builder().process(process).timeline(timeline)
                .decisionBy(by).stakeholders(lists.get(k)).build();
            out.add(new Case("decisions",
                "process " + describe(process) + ", timeline " + describe(timeline)
                    + ", decisionBy " + by + ", stakeholders " + listNames.get(k),
                allMet("decision-" + n++, asOf).decisionProcess(p).build(), asOf, horizon));
          }
        }
      }
    }
    return out;
  }

  // ---- situations -------------------------------------------------------------------------------

  /** No situation, and summary {absent, empty, blank, text} × installed base {none, one} × team size {absent, 0}. */
  public static List<Case> situations(Period horizon, LocalDate asOf) {
    List<Case> out = new ArrayList<>();
    out.add(new Case("situations", "no situation",
        allMet("no-situation", asOf).situation(null).build(), asOf, horizon));
    @Nullable String[] summaries = {null, "", BLANK, "Six belts."};
    int n = 0;
    for (@Nullable String summary : summaries) {
      for (boolean base : new boolean[] {false, true}) {
        for (@Nullable Integer team : new @Nullable Integer[] {null, 0}) {
          Situation.Builder s = Situation.builder().summary(summary).teamSize(team);
          if (base) {
            s.addInstalledBase(InstalledBaseItem.builder().name("conveyor belt").build());
          }
          out.add(new Case("situations", "summary " + describe(summary) + ", "
              + (base ? "one installed item" : "no installed base") + ", team size " + team,
              allMet("situation-" + n++, asOf).situation(s.build()).build(), asOf, horizon));
        }
      }
    }
    return out;
  }

  // ---- outcomes ---------------------------------------------------------------------------------

  /**
   * Every combination of the criteria's outcomes: situation {met, unknown} × problem {met and its
   * four reasons} × urgency {met, met by a bare deadline, and its six reasons} × decision {met, met
   * single-threaded, and its three reasons} × demo requested {no, yes}. Reasons that no trigger
   * can have on the date are left out.
   */
  public static List<Case> outcomes(Period horizon, LocalDate asOf) {
    SpecOracle oracle = new SpecOracle(horizon);
    LocalDate earliest = oracle.earliest(asOf);
    LocalDate latest = oracle.latest(asOf);
    List<@Nullable Situation> situations = new ArrayList<>();
    situations.add(knownSituation());
    situations.add(null);
    List<List<Problem>> problems = List.of(
        List.of(countingProblem()),
        List.of(),
        List.of(Problem.builder().statement("ERP").addressable(false)
            .cost(Cost.of(2_000, "EUR", Per.MONTH)).build()),
        List.of(Problem.builder().statement("Rejects").build()),
        List.of(Problem.builder().from(countingProblem()).basis(Basis.ASSUMED).build()));
    List<List<UrgencyTrigger>> urgencies = new ArrayList<>();
    List<String> urgencyNames = new ArrayList<>();
    addUrgency(urgencies, urgencyNames, "met",
        trigger(TriggerKind.DEADLINE, Basis.STATED, asOf, TEXT));
    addUrgency(urgencies, urgencyNames, "met by a bare deadline",
        trigger(TriggerKind.DEADLINE, Basis.STATED, asOf, null));
    urgencies.add(List.of());
    urgencyNames.add(ReasonCode.URGENCY_UNKNOWN.name());
    if (latest != null && latest.isBefore(SpecOracle.LAST_DATE)) {
      addUrgency(urgencies, urgencyNames, ReasonCode.URGENCY_BEYOND_HORIZON.name(),
          trigger(TriggerKind.DEADLINE, Basis.STATED, latest.plusDays(1), TEXT));
    }
    if (asOf.isAfter(SpecOracle.FIRST_DATE)) {
      addUrgency(urgencies, urgencyNames, ReasonCode.URGENCY_EXPIRED.name(),
          trigger(TriggerKind.DEADLINE, Basis.STATED, asOf.minusDays(1), TEXT));
    }
    if (earliest != null && earliest.isAfter(SpecOracle.FIRST_DATE)) {
      addUrgency(urgencies, urgencyNames, ReasonCode.URGENCY_STALE.name(),
          trigger(TriggerKind.EVENT, Basis.STATED, earliest.minusDays(1), TEXT));
    }
    addUrgency(urgencies, urgencyNames, ReasonCode.URGENCY_UNSUPPORTED.name(),
        trigger(TriggerKind.OPPORTUNITY, Basis.STATED, null, null));
    addUrgency(urgencies, urgencyNames, ReasonCode.URGENCY_ASSUMED.name(),
        trigger(TriggerKind.DEADLINE, Basis.ASSUMED, asOf, TEXT));
    List<@Nullable DecisionProcess> decisions = new ArrayList<>();
    decisions.add(decided());
    decisions.add(DecisionProcess.builder().addStakeholders(approver(true)).process("Board")
        .build());
    decisions.add(null);
    decisions.add(DecisionProcess.builder().addStakeholders(Stakeholder.builder()
        .addRoles(Role.SELECTS).build()).process("Board").build());
    decisions.add(DecisionProcess.builder().addStakeholders(approver(false)).build());
    String[] problemNames = {"met", "PROBLEM_UNKNOWN", "PROBLEM_NOT_ADDRESSABLE",
        "PROBLEM_NOT_QUANTIFIED", "PROBLEM_ASSUMED"};
    String[] decisionNames = {"met", "met single-threaded", "DECISION_UNKNOWN",
        "DECISION_MAKER_UNKNOWN", "DECISION_PROCESS_UNKNOWN"};
    List<Case> out = new ArrayList<>();
    int n = 0;
    for (int s = 0; s < situations.size(); s++) {
      for (int p = 0; p < problems.size(); p++) {
        for (int u = 0; u < urgencies.size(); u++) {
          for (int d = 0; d < decisions.size(); d++) {
            for (boolean demo : new boolean[] {false, true}) {
              Lead lead = Lead.builder().id("outcome-" + n++).demoRequested(demo)
                  .situation(situations.get(s)).problems(problems.get(p))
                  .triggers(urgencies.get(u)).decisionProcess(decisions.get(d)).build();
              out.add(new Case("outcomes",
                  "situation " + (s == 0 ? "met" : "SITUATION_UNKNOWN") + ", problem "
                      + problemNames[p] + ", urgency " + urgencyNames.get(u) + ", decision "
                      + decisionNames[d] + (demo ? ", demo requested" : ""),
                  lead, asOf, horizon));
            }
          }
        }
      }
    }
    return out;
  }

  private static void addUrgency(List<List<UrgencyTrigger>> out, List<String> names, String name,
      UrgencyTrigger trigger) {
    out.add(List.of(trigger));
    names.add(name);
  }

  private static String describe(@Nullable String text) {
    return text == null ? "absent" : SpecOracle.isBlank(text) ? "blank" : "text";
  }
}
