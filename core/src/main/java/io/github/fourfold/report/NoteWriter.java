package io.github.fourfold.report;

import static io.github.fourfold.internal.Checks.isBlank;

import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.ReasonCode;
import io.github.fourfold.Verdict;
import io.github.fourfold.Warning;
import io.github.fourfold.WarningCode;
import io.github.fourfold.internal.text.PeriodText;
import io.github.fourfold.internal.rule.FourQuestionJudge;
import io.github.fourfold.internal.text.Texts;
import io.github.fourfold.model.Basis;
import io.github.fourfold.model.Company;
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
import io.github.fourfold.model.UrgencyTrigger;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Writes a {@link HandoffNote} as plain text or CommonMark, in one language. */
final class NoteWriter {
  private final HandoffNote note;
  private final Lead lead;
  private final Locale locale;
  private final Texts texts;
  private final Formats formats;
  private final boolean markdown;
  private final StringBuilder out = new StringBuilder(1024);

  private final List<String> questions;

  private NoteWriter(HandoffNote note, Locale locale, boolean markdown, List<String> questions) {
    this.questions = questions;
    this.note = note;
    this.lead = note.lead();
    this.locale = locale;
    this.texts = Texts.of(locale);
    this.formats = new Formats(texts);
    this.markdown = markdown;
  }

  /**
   * The note in a language, as CommonMark when {@code markdown}, else as plain text, with the
   * questions to ask next.
   */
  public static String write(HandoffNote note, Locale locale, boolean markdown, List<String> questions) {
    return new NoteWriter(note, locale, markdown, questions).write();
  }

  private String write() {
    String title = texts.get("note.title", Formats.clean(lead.id()), note.result().asOf());
    if (markdown) {
      out.append("## ").append(Formats.markdown(title)).append("\n\n");
    } else {
      out.append(title).append('\n');
    }
    String company = company();
    if (company != null) {
      part("note.company", company);
    }
    String context = present(lead.context());
    if (context != null) {
      part("note.context", context);
    }
    if (!markdown) {
      out.append('\n');
    }
    part("note.situation", situation());
    part("note.problem", problem());
    part("note.urgency", urgency());
    List<String> decision = decision();
    if (markdown && !decision.isEmpty()) {
      list("note.decision", decision);
    } else {
      part("note.decision", decision.isEmpty() ? unknown() : String.join(" ", decision));
    }
    customCriteria();
    verdict();
    List<String> warnings = warnings();
    if (!warnings.isEmpty()) {
      list("note.warnings", warnings);
    }
    List<String> asked = new ArrayList<>(questions.size());
    for (String question : questions) {
      asked.add(Formats.clean(question));
    }
    if (!asked.isEmpty()) {
      list("note.questions", asked);
    }
    if (markdown) {
      // One newline at the end, not a blank line.
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  // ---- layout --------------------------------------------------------------------------------

  /** "Label: content" on one line, or a Markdown paragraph with a bold label. */
  private void part(String labelKey, String content) {
    String label = texts.get(labelKey);
    if (markdown) {
      out.append("**").append(Formats.markdown(label)).append(":** ").append(Formats.markdown(content))
          .append("\n\n");
    } else {
      out.append(label).append(": ").append(content).append('\n');
    }
  }

  /** One line per finding of a custom qualifier, labelled with its criterion code. */
  private void customCriteria() {
    for (CriterionFinding finding : note.result().findings()) {
      if (finding.standardCriterion() != null) {
        continue;
      }
      String reason = finding.reasonCode();
      String status = reason == null
          ? texts.get("note.criterion.met") : texts.get("note.criterion.unmet", Formats.clean(reason));
      String label = Formats.clean(finding.criterionCode());
      if (markdown) {
        out.append("**").append(Formats.markdown(label)).append(":** ").append(Formats.markdown(status))
            .append("\n\n");
      } else {
        out.append(label).append(": ").append(status).append('\n');
      }
    }
  }

  /** "Label:" followed by indented items, or a Markdown paragraph followed by a bullet list. */
  private void list(String labelKey, List<String> items) {
    String label = texts.get(labelKey);
    if (markdown) {
      out.append("**").append(Formats.markdown(label)).append(":**\n\n");
    } else {
      out.append(label).append(":\n");
    }
    items(items);
  }

  private void items(List<String> items) {
    for (String item : items) {
      if (markdown) {
        out.append("- ").append(Formats.markdown(item)).append('\n');
      } else {
        out.append("  - ").append(item).append('\n');
      }
    }
    if (markdown) {
      out.append('\n');
    }
  }

  // ---- parts ---------------------------------------------------------------------------------

  private @Nullable String company() {
    Company company = lead.company();
    if (company == null) {
      return null;
    }
    List<String> parts = new ArrayList<>(2);
    addClean(parts, company.name());
    addClean(parts, company.industry());
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  private static void addClean(List<String> parts, @Nullable String text) {
    String clean = present(text);
    if (clean != null) {
      parts.add(clean);
    }
  }

  /** The text {@linkplain Formats#clean cleaned}, or null when nothing is left of it. */
  private static @Nullable String present(@Nullable String text) {
    if (text == null || isBlank(text)) {
      return null;
    }
    String clean = Formats.clean(text);
    return clean.isEmpty() ? null : clean;
  }

  private String situation() {
    Situation situation = lead.situation();
    if (situation == null) {
      return unknown();
    }
    String summary = present(situation.summary());
    if (summary != null) {
      return summary;
    }
    List<String> sentences = new ArrayList<>(3);
    if (!situation.installedBase().isEmpty()) {
      List<String> items = new ArrayList<>();
      for (InstalledBaseItem item : situation.installedBase()) {
        items.add(item(item));
      }
      sentences.add(texts.get("note.situation.installed", String.join("; ", items)));
    }
    Integer team = situation.teamSize();
    if (team != null) {
      sentences.add(texts.get("note.situation.team." + (team == 1 ? "one" : "other"), formats.number(team)));
    }
    Integer since = situation.inPlaceSince();
    if (since != null) {
      sentences.add(texts.get("note.situation.since", since));
    }
    return sentences.isEmpty() ? unknown() : String.join(" ", sentences);
  }

  private String item(InstalledBaseItem item) {
    String text = Formats.phrase(item.name());
    Integer quantity = item.quantity();
    if (quantity != null) {
      text = texts.get("note.item.quantity", formats.number(quantity), text);
    }
    String supplier = present(item.supplier());
    if (supplier != null) {
      text = texts.get("note.item.supplier", text, Formats.phrase(supplier));
    }
    BigDecimal age = item.ageYears();
    if (age != null) {
      String key = quantity != null && quantity > 1 ? "note.item.ageAverage" : "note.item.age";
      text = texts.get(key, text, formats.number(age));
    }
    return text;
  }

  private String problem() {
    Problem core = note.coreProblem();
    if (core != null) {
      return problem(core);
    }
    if (!lead.problems().isEmpty()) {
      return texts.get("note.problem.none", problem(lead.problems().get(0)));
    }
    return unknown();
  }

  private String problem(Problem problem) {
    StringBuilder text = new StringBuilder(Formats.sentence(problem.statement()));
    String quantities = quantities(problem, true);
    if (!quantities.isEmpty()) {
      text.append(' ').append(quantities).append('.');
    }
    List<String> notes = new ArrayList<>(2);
    if (problem.basis() == Basis.ASSUMED) {
      notes.add(texts.get("note.assumed"));
    }
    if (Boolean.FALSE.equals(problem.addressable())) {
      notes.add(texts.get("note.notAddressable"));
    }
    if (!notes.isEmpty()) {
      text.append(" (").append(String.join(", ", notes)).append(')');
    }
    return text.toString();
  }

  /** "€15,000 per occurrence, 3 times a year: €45,000 a year", or only the first part. */
  private String quantities(Problem problem, boolean all) {
    List<String> parts = new ArrayList<>(3);
    Cost cost = problem.cost();
    if (cost != null) {
      parts.add(texts.get("note.cost", formats.money(cost.amount(), cost.currency()), per(cost.per())));
    }
    Frequency frequency = problem.frequency();
    if (frequency != null) {
      int count = frequency.count();
      String times = count == 1 ? texts.get("times.one") : texts.get("times.other", formats.number(count));
      parts.add(texts.get("note.frequency", times, per(frequency.per())));
    }
    TimeLost timeLost = problem.timeLost();
    if (timeLost != null) {
      String hours = texts.get(
          Formats.isOne(timeLost.hours()) ? "hours.one" : "hours.other", formats.number(timeLost.hours()));
      parts.add(texts.get("note.timeLost", hours, per(timeLost.per())));
    }
    if (parts.isEmpty()) {
      return "";
    }
    if (!all) {
      return parts.get(0);
    }
    String joined = String.join(", ", parts);
    Money yearly = ProblemCosts.yearlyCost(problem);
    if (yearly != null && cost != null && cost.per() != Per.YEAR) {
      return texts.get("note.quantities.yearly", joined, yearly(yearly));
    }
    return joined;
  }

  private String yearly(Money yearly) {
    return texts.get("note.yearly", formats.money(yearly.amount(), yearly.currency()));
  }

  private String per(Per per) {
    return texts.get("per." + per.name());
  }

  private String urgency() {
    UrgencyTrigger trigger = note.urgencyTrigger();
    if (trigger == null) {
      return unknown();
    }
    StringBuilder text = new StringBuilder(texts.get("note.trigger", Formats.phrase(trigger.description()), when(trigger)));
    String consequence = present(trigger.consequence());
    if (consequence != null) {
      text.append(' ').append(Formats.sentence(consequence));
    }
    if (trigger.basis() == Basis.ASSUMED) {
      text.append(" (").append(texts.get("note.assumed")).append(')');
    }
    return text.toString();
  }

  /** "deadline 2027-09-15", or only the kind without a date. */
  private String when(UrgencyTrigger trigger) {
    String kind = texts.get("kind." + trigger.kind().name());
    LocalDate date = trigger.date();
    return date == null ? kind : texts.get("note.when", kind, date);
  }

  /** One sentence per person, then how it is decided; empty when nothing is known. */
  private List<String> decision() {
    DecisionProcess process = lead.decisionProcess();
    List<String> sentences = new ArrayList<>();
    if (process != null) {
      for (Stakeholder stakeholder : process.stakeholders()) {
        sentences.add(person(stakeholder));
      }
      String how = present(process.process());
      if (how != null) {
        sentences.add(texts.get("note.decision.process", Formats.sentence(how)));
      }
      String timeline = present(process.timeline());
      if (timeline != null) {
        sentences.add(texts.get("note.decision.timeline", Formats.sentence(timeline)));
      }
      LocalDate decisionBy = process.decisionBy();
      if (decisionBy != null) {
        sentences.add(texts.get("note.decision.by", decisionBy));
      }
    }
    return sentences;
  }

  private String person(Stakeholder stakeholder) {
    String title = present(stakeholder.title());
    String who = title == null ? texts.get("note.someone") : title;
    List<String> notes = new ArrayList<>(3);
    // The note's lead only has names when the options asked for them.
    String name = present(stakeholder.name());
    if (name != null) {
      notes.add(name);
    }
    if (stakeholder.firstContact()) {
      notes.add(texts.get("note.firstContact"));
    }
    if (stakeholder.basis() == Basis.ASSUMED) {
      notes.add(texts.get("note.assumed"));
    }
    if (!notes.isEmpty()) {
      who = texts.get("note.person.notes", who, String.join(", ", notes));
    }
    Money threshold = stakeholder.approvesAbove();
    List<String> what = new ArrayList<>();
    for (Role role : Role.values()) {
      if (stakeholder.roles().contains(role) && !(role == Role.APPROVES && threshold != null)) {
        what.add(texts.get("role." + role.name()));
      }
    }
    if (threshold != null) {
      what.add(texts.get("role.approvesAbove", formats.money(threshold.amount(), threshold.currency())));
    }
    if (what.isEmpty()) {
      what.add(texts.get("role.none"));
    }
    return texts.get("note.person", who, PeriodText.join(what, texts));
  }

  private void verdict() {
    QualificationResult result = note.result();
    Verdict verdict = result.verdict();
    if (verdict == Verdict.SQL) {
      part("note.verdict", texts.get("note.verdict.SQL", detail(problemDetail()), detail(urgencyDetail())));
      return;
    }
    List<String> reasons = reasons(result);
    LocalDate revisitOn = result.revisitOn();
    if (revisitOn != null && reasons.stream().noneMatch(r -> r.contains(revisitOn.toString()))) {
      reasons.add(texts.get("revisit", revisitOn));
    }
    part("note.verdict", texts.get("note.verdict." + verdict.name()));
    items(reasons);
  }

  private String detail(@Nullable String detail) {
    return detail == null ? "" : texts.get("note.verdict.detail", detail);
  }

  private @Nullable String problemDetail() {
    Money yearly = note.yearlyCost();
    if (yearly != null) {
      return yearly(yearly);
    }
    Problem core = note.coreProblem();
    if (core == null) {
      return null;
    }
    String first = quantities(core, false);
    return first.isEmpty() ? null : first;
  }

  private @Nullable String urgencyDetail() {
    UrgencyTrigger trigger = note.urgencyTrigger();
    if (trigger == null || !FourQuestionJudge.counts(trigger, note.result().asOf(), note.horizon())) {
      return null;
    }
    return when(trigger);
  }

  /**
   * The unmet findings' messages in this language: the default rule's, asked again in this
   * language with the note's horizon, when it gives the same reason; else the result's own.
   */
  private List<String> reasons(QualificationResult result) {
    List<CriterionFinding> unmet = result.unmetFindings();
    @Nullable QualificationResult local = null;
    List<String> reasons = new ArrayList<>();
    for (CriterionFinding finding : unmet) {
      String message = finding.message();
      ReasonCode code = finding.standardReason();
      if (code != null) {
        if (local == null) {
          QualificationPolicy policy = QualificationPolicy.builder().horizon(note.horizon()).locale(locale).build();
          local = Qualifier.fourQuestion(policy).qualify(lead, result.asOf());
        }
        CriterionFinding again = local.finding(code.criterion());
        if (again != null && code.name().equals(again.reasonCode())) {
          message = again.message();
        }
      }
      if (message != null) {
        reasons.add(Formats.clean(message));
      }
    }
    return reasons;
  }

  private List<String> warnings() {
    List<String> warnings = new ArrayList<>();
    for (Warning warning : note.result().warnings()) {
      String message = warning.message();
      for (WarningCode code : WarningCode.values()) {
        if (code.name().equals(warning.code())) {
          message = texts.get("warning." + code.name());
        }
      }
      warnings.add(Formats.clean(message));
    }
    return warnings;
  }

  private String unknown() {
    return texts.get("note.unknown");
  }
}
