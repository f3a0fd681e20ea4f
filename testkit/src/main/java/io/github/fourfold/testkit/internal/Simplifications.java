package io.github.fourfold.testkit.internal;

import io.github.fourfold.model.Basis;
import io.github.fourfold.model.Company;
import io.github.fourfold.model.Contact;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.InstalledBaseItem;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.Role;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.UrgencyTrigger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The one-step simplifications of a lead, largest first: whole parts removed, then single list
 * elements dropped, then optional fields cleared, flags reset to their defaults and long text
 * shortened. Each is a valid lead that differs from the original.
 */
public final class Simplifications {
  private Simplifications() {}

  /** Every one-step simplification of {@code lead}. */
  public static List<Lead> of(Lead lead) {
    List<Lead> out = new ArrayList<>();
    // 1. Whole parts.
    if (!lead.problems().isEmpty()) {
      out.add(Lead.builder().from(lead).problems(List.of()).build());
    }
    if (!lead.triggers().isEmpty()) {
      out.add(Lead.builder().from(lead).triggers(List.of()).build());
    }
    if (lead.decisionProcess() != null) {
      out.add(Lead.builder().from(lead).decisionProcess(null).build());
    }
    if (lead.situation() != null) {
      out.add(Lead.builder().from(lead).situation(null).build());
    }
    if (lead.company() != null) {
      out.add(Lead.builder().from(lead).company(null).build());
    }
    if (lead.contact() != null) {
      out.add(Lead.builder().from(lead).contact(null).build());
    }
    if (!lead.attributes().isEmpty()) {
      out.add(Lead.builder().from(lead).attributes(Map.of()).build());
    }
    if (lead.context() != null) {
      out.add(Lead.builder().from(lead).context(null).build());
    }
    if (lead.source() != null) {
      out.add(Lead.builder().from(lead).source(null).build());
    }
    if (lead.demoRequested()) {
      out.add(Lead.builder().from(lead).demoRequested(false).build());
    }
    // 2. Single list elements.
    for (int i = 0; i < lead.problems().size() && lead.problems().size() > 1; i++) {
      out.add(LeadEdits.withProblems(lead, LeadEdits.without(lead.problems(), i)));
    }
    for (int i = 0; i < lead.triggers().size() && lead.triggers().size() > 1; i++) {
      out.add(LeadEdits.withTriggers(lead, LeadEdits.without(lead.triggers(), i)));
    }
    List<Stakeholder> people = LeadEdits.stakeholders(lead);
    for (int i = 0; i < people.size(); i++) {
      out.add(LeadEdits.withStakeholders(lead, LeadEdits.without(people, i)));
    }
    Situation situation = lead.situation();
    if (situation != null) {
      List<InstalledBaseItem> items = situation.installedBase();
      for (int i = 0; i < items.size(); i++) {
        out.add(withSituation(lead,
            Situation.builder().from(situation).installedBase(LeadEdits.without(items, i))
                .build()));
      }
    }
    if (lead.attributes().size() > 1) {
      for (String key : lead.attributes().keySet()) {
        Map<String, String> fewer = new LinkedHashMap<>(lead.attributes());
        fewer.remove(key);
        out.add(Lead.builder().from(lead).attributes(fewer).build());
      }
    }
    // 3. Fields of each element.
    for (int i = 0; i < lead.problems().size(); i++) {
      for (Problem p : simpler(lead.problems().get(i))) {
        out.add(LeadEdits.withProblems(lead, LeadEdits.replaced(lead.problems(), i, p)));
      }
    }
    for (int i = 0; i < lead.triggers().size(); i++) {
      for (UrgencyTrigger t : simpler(lead.triggers().get(i))) {
        out.add(LeadEdits.withTriggers(lead, LeadEdits.replaced(lead.triggers(), i, t)));
      }
    }
    for (int i = 0; i < people.size(); i++) {
      for (Stakeholder s : simpler(people.get(i))) {
        out.add(LeadEdits.withStakeholders(lead, LeadEdits.replaced(people, i, s)));
      }
    }
    DecisionProcess process = lead.decisionProcess();
    if (process != null) {
      for (DecisionProcess p : simpler(process)) {
        out.add(Lead.builder().from(lead).decisionProcess(p).build());
      }
    }
    if (situation != null) {
      for (Situation s : simpler(situation)) {
        out.add(withSituation(lead, s));
      }
    }
    Company company = lead.company();
    if (company != null) {
      addIf(out, company.name() != null, () -> withCompany(lead, b(company).name(null)));
      addIf(out, company.industry() != null, () -> withCompany(lead, b(company).industry(null)));
      addIf(out, company.employees() != null, () -> withCompany(lead, b(company).employees(null)));
      addIf(out, company.country() != null, () -> withCompany(lead, b(company).country(null)));
    }
    Contact contact = lead.contact();
    if (contact != null) {
      addIf(out, contact.name() != null, () -> withContact(lead, c(contact).name(null)));
      addIf(out, contact.title() != null, () -> withContact(lead, c(contact).title(null)));
      addIf(out, contact.email() != null, () -> withContact(lead, c(contact).email(null)));
      addIf(out, contact.phone() != null, () -> withContact(lead, c(contact).phone(null)));
    }
    shorter(lead.context(), s -> Lead.builder().from(lead).context(s).build(), out);
    shorter(lead.source(), s -> Lead.builder().from(lead).source(s).build(), out);
    // 4. A plain id.
    if (!lead.id().equals("lead")) {
      out.add(Lead.builder().from(lead).id("lead").build());
    }
    return out;
  }

  private static List<Problem> simpler(Problem p) {
    List<Problem> out = new ArrayList<>();
    addIf(out, p.visibility() != null, () -> pb(p).visibility(null).build());
    addIf(out, p.category() != null, () -> pb(p).category(null).build());
    addIf(out, p.cost() != null, () -> pb(p).cost(null).build());
    addIf(out, p.frequency() != null, () -> pb(p).frequency(null).build());
    addIf(out, p.timeLost() != null, () -> pb(p).timeLost(null).build());
    addIf(out, p.addressable() != null, () -> pb(p).addressable(null).build());
    addIf(out, p.basis() != Basis.STATED, () -> pb(p).basis(Basis.STATED).build());
    shorterRequired(p.statement(), s -> pb(p).statement(s).build(), out);
    return out;
  }

  private static List<UrgencyTrigger> simpler(UrgencyTrigger t) {
    List<UrgencyTrigger> out = new ArrayList<>();
    addIf(out, t.cause() != null, () -> tb(t).cause(null).build());
    addIf(out, t.date() != null, () -> tb(t).date(null).build());
    addIf(out, t.basis() != Basis.STATED, () -> tb(t).basis(Basis.STATED).build());
    shorter(t.consequence(), s -> tb(t).consequence(s).build(), out);
    shorterRequired(t.description(), s -> tb(t).description(s).build(), out);
    return out;
  }

  private static List<Stakeholder> simpler(Stakeholder s) {
    List<Stakeholder> out = new ArrayList<>();
    addIf(out, s.name() != null, () -> sb(s).name(null).build());
    addIf(out, s.title() != null, () -> sb(s).title(null).build());
    addIf(out, s.group() != null, () -> sb(s).group(null).build());
    for (Role role : s.roles()) {
      List<Role> fewer = new ArrayList<>(s.roles());
      fewer.remove(role);
      out.add(sb(s).roles(fewer).build());
    }
    addIf(out, s.approvesAbove() != null, () -> sb(s).approvesAbove(null).build());
    addIf(out, s.firstContact(), () -> sb(s).firstContact(false).build());
    addIf(out, s.basis() != Basis.STATED, () -> sb(s).basis(Basis.STATED).build());
    return out;
  }

  private static List<DecisionProcess> simpler(DecisionProcess p) {
    List<DecisionProcess> out = new ArrayList<>();
    if (!p.stakeholders().isEmpty()) {
      out.add(DecisionProcess.builder().from(p).stakeholders(List.of()).build());
    }
    shorter(p.process(), s -> DecisionProcess.builder().from(p).process(s).build(), out);
    shorter(p.timeline(), s -> DecisionProcess.builder().from(p).timeline(s).build(), out);
    addIf(out, p.decisionBy() != null,
        () -> DecisionProcess.builder().from(p).decisionBy(null).build());
    return out;
  }

  private static List<Situation> simpler(Situation s) {
    List<Situation> out = new ArrayList<>();
    shorter(s.summary(), x -> Situation.builder().from(s).summary(x).build(), out);
    addIf(out, s.teamSize() != null, () -> Situation.builder().from(s).teamSize(null).build());
    addIf(out, s.inPlaceSince() != null,
        () -> Situation.builder().from(s).inPlaceSince(null).build());
    List<InstalledBaseItem> items = s.installedBase();
    for (int i = 0; i < items.size(); i++) {
      InstalledBaseItem item = items.get(i);
      List<InstalledBaseItem> simpler = new ArrayList<>();
      addIf(simpler, item.supplier() != null,
          () -> InstalledBaseItem.builder().from(item).supplier(null).build());
      addIf(simpler, item.quantity() != null,
          () -> InstalledBaseItem.builder().from(item).quantity(null).build());
      addIf(simpler, item.ageYears() != null,
          () -> InstalledBaseItem.builder().from(item).ageYears(null).build());
      shorterRequired(item.name(), x -> InstalledBaseItem.builder().from(item).name(x).build(),
          simpler);
      for (InstalledBaseItem replacement : simpler) {
        out.add(Situation.builder().from(s)
            .installedBase(LeadEdits.replaced(items, i, replacement)).build());
      }
    }
    return out;
  }

  /** Absent first; then, keeping blankness, the shortest text of its kind. */
  private static <T> void shorter(
      @Nullable String text, Function<@Nullable String, T> with, List<T> out) {
    if (text == null) {
      return;
    }
    out.add(with.apply(null));
    shorterRequired(text, with::apply, out);
  }

  private static <T> void shorterRequired(String text, Function<String, T> with, List<T> out) {
    String shortest = SpecOracle.isBlank(text) ? "" : "x";
    if (!text.equals(shortest)) {
      out.add(with.apply(shortest));
    }
  }

  private static <T> void addIf(List<T> out, boolean condition, Supplier<T> value) {
    if (condition) {
      out.add(value.get());
    }
  }

  private static Lead withSituation(Lead lead, Situation situation) {
    return Lead.builder().from(lead).situation(situation).build();
  }

  private static Lead withCompany(Lead lead, Company.Builder company) {
    return Lead.builder().from(lead).company(company.build()).build();
  }

  private static Lead withContact(Lead lead, Contact.Builder contact) {
    return Lead.builder().from(lead).contact(contact.build()).build();
  }

  private static Company.Builder b(Company c) {
    return Company.builder().from(c);
  }

  private static Contact.Builder c(Contact c) {
    return Contact.builder().from(c);
  }

  private static Problem.Builder pb(Problem p) {
    return Problem.builder().from(p);
  }

  private static UrgencyTrigger.Builder tb(UrgencyTrigger t) {
    return UrgencyTrigger.builder().from(t);
  }

  private static Stakeholder.Builder sb(Stakeholder s) {
    return Stakeholder.builder().from(s);
  }
}
