package io.github.fourfold.benchmarks.floor;

import io.github.fourfold.model.Basis;
import io.github.fourfold.model.Per;
import io.github.fourfold.model.ProblemCategory;
import io.github.fourfold.model.Role;
import io.github.fourfold.model.StakeholderGroup;
import io.github.fourfold.model.TriggerCause;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A lead as plain Java records: the same fields as {@link io.github.fourfold.model.Lead}, with no
 * validation, no builders and no library around it. What a CRM's own code would hold, and what the
 * hand-written floor and the Easy Rules rules read.
 */
public record PlainLead(
    String id,
    @Nullable Company company,
    @Nullable Contact contact,
    @Nullable String context,
    @Nullable String source,
    boolean demoRequested,
    @Nullable Situation situation,
    List<Problem> problems,
    List<Trigger> triggers,
    @Nullable Decision decision,
    Map<String, String> attributes) {

  /** The lead's organisation. */
  public record Company(
      @Nullable String name, @Nullable String industry, @Nullable Integer employees, @Nullable String country) {}

  /** The first contact person. */
  public record Contact(
      @Nullable String name, @Nullable String title, @Nullable String email, @Nullable String phone) {}

  /** Question 1: the current situation. */
  public record Situation(
      @Nullable String summary,
      List<InstalledBaseItem> installedBase,
      @Nullable Integer teamSize,
      @Nullable Integer inPlaceSince) {}

  /** A machine or system in use today. */
  public record InstalledBaseItem(
      String name, @Nullable String supplier, @Nullable Integer quantity, @Nullable BigDecimal ageYears) {}

  /** Question 2: a problem. */
  public record Problem(
      String statement,
      @Nullable Visibility visibility,
      @Nullable ProblemCategory category,
      @Nullable Cost cost,
      @Nullable Frequency frequency,
      @Nullable TimeLost timeLost,
      @Nullable Boolean addressable,
      Basis basis) {}

  /** What a problem costs in money. */
  public record Cost(BigDecimal amount, String currency, Per per) {}

  /** How often a problem happens. */
  public record Frequency(int count, Per per) {}

  /** What a problem costs in time. */
  public record TimeLost(BigDecimal hours, Per per) {}

  /** Question 3: an urgency trigger. */
  public record Trigger(
      TriggerKind kind,
      @Nullable TriggerCause cause,
      String description,
      @Nullable LocalDate date,
      @Nullable String consequence,
      Basis basis) {}

  /** Question 4: the decision process. */
  public record Decision(
      List<Stakeholder> stakeholders, @Nullable String process, @Nullable String timeline, @Nullable LocalDate decisionBy) {}

  /** A person involved in the decision. */
  public record Stakeholder(
      @Nullable String name,
      @Nullable String title,
      @Nullable StakeholderGroup group,
      Set<Role> roles,
      @Nullable Money approvesAbove,
      boolean firstContact,
      Basis basis) {}

  /** An amount of money. */
  public record Money(BigDecimal amount, String currency) {}

  /**
   * The same lead as plain records: every field copied, nothing computed.
   *
   * @param lead a Fourfold lead
   * @return its plain copy
   */
  public static PlainLead from(io.github.fourfold.model.Lead lead) {
    io.github.fourfold.model.Company company = lead.company();
    io.github.fourfold.model.Contact contact = lead.contact();
    io.github.fourfold.model.Situation situation = lead.situation();
    io.github.fourfold.model.DecisionProcess decision = lead.decisionProcess();
    List<Problem> problems = new ArrayList<>();
    for (io.github.fourfold.model.Problem p : lead.problems()) {
      io.github.fourfold.model.Cost cost = p.cost();
      io.github.fourfold.model.Frequency frequency = p.frequency();
      io.github.fourfold.model.TimeLost timeLost = p.timeLost();
      problems.add(new Problem(
          p.statement(),
          p.visibility(),
          p.category(),
          cost == null ? null : new Cost(cost.amount(), cost.currency(), cost.per()),
          frequency == null ? null : new Frequency(frequency.count(), frequency.per()),
          timeLost == null ? null : new TimeLost(timeLost.hours(), timeLost.per()),
          p.addressable(),
          p.basis()));
    }
    List<Trigger> triggers = new ArrayList<>();
    for (io.github.fourfold.model.UrgencyTrigger t : lead.triggers()) {
      triggers.add(new Trigger(t.kind(), t.cause(), t.description(), t.date(), t.consequence(), t.basis()));
    }
    return new PlainLead(
        lead.id(),
        company == null
            ? null
            : new Company(company.name(), company.industry(), company.employees(), company.country()),
        contact == null ? null : new Contact(contact.name(), contact.title(), contact.email(), contact.phone()),
        lead.context(),
        lead.source(),
        lead.demoRequested(),
        situation == null ? null : situation(situation),
        List.copyOf(problems),
        List.copyOf(triggers),
        decision == null ? null : decision(decision),
        Map.copyOf(lead.attributes()));
  }

  private static Situation situation(io.github.fourfold.model.Situation situation) {
    List<InstalledBaseItem> items = new ArrayList<>();
    for (io.github.fourfold.model.InstalledBaseItem item : situation.installedBase()) {
      items.add(new InstalledBaseItem(item.name(), item.supplier(), item.quantity(), item.ageYears()));
    }
    return new Situation(situation.summary(), List.copyOf(items), situation.teamSize(), situation.inPlaceSince());
  }

  private static Decision decision(io.github.fourfold.model.DecisionProcess decision) {
    List<Stakeholder> stakeholders = new ArrayList<>();
    for (io.github.fourfold.model.Stakeholder s : decision.stakeholders()) {
      io.github.fourfold.model.Money money = s.approvesAbove();
      stakeholders.add(new Stakeholder(
          s.name(),
          s.title(),
          s.group(),
          Set.copyOf(s.roles()),
          money == null ? null : new Money(money.amount(), money.currency()),
          s.firstContact(),
          s.basis()));
    }
    return new Decision(List.copyOf(stakeholders), decision.process(), decision.timeline(), decision.decisionBy());
  }
}
