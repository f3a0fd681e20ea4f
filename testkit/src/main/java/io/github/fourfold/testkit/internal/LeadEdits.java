package io.github.fourfold.testkit.internal;

import io.github.fourfold.model.Company;
import io.github.fourfold.model.Contact;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.InstalledBaseItem;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.UrgencyTrigger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/** Copies of a lead with one kind of change: the edits the contracts and the shrinker make. */
public final class LeadEdits {
  private LeadEdits() {}

  /** A lead derived from another, with what was changed. */
  public record Variant(String change, Lead lead) {}

  /** The lead with other problems. */
  public static Lead withProblems(Lead lead, List<Problem> problems) {
    return Lead.builder().from(lead).problems(problems).build();
  }

  /** The lead with other triggers. */
  public static Lead withTriggers(Lead lead, List<UrgencyTrigger> triggers) {
    return Lead.builder().from(lead).triggers(triggers).build();
  }

  /** The lead's stakeholders, empty when there is no decision process. */
  public static List<Stakeholder> stakeholders(Lead lead) {
    DecisionProcess process = lead.decisionProcess();
    return process == null ? List.of() : process.stakeholders();
  }

  /** The lead with other stakeholders; it must have a decision process. */
  public static Lead withStakeholders(Lead lead, List<Stakeholder> stakeholders) {
    DecisionProcess process = lead.decisionProcess();
    if (process == null) {
      throw new IllegalArgumentException("the lead has no decision process");
    }
    return Lead.builder()
        .from(lead)
        .decisionProcess(DecisionProcess.builder().from(process).stakeholders(stakeholders).build())
        .build();
  }

  /**
   * The lead with its problems, triggers and stakeholders reordered: each list reversed, rotated
   * by one and shuffled on its own, then all three shuffled together. Lists of fewer than two
   * elements are left alone.
   */
  public static List<Variant> reorderings(Lead lead, Dice dice) {
    List<Variant> out = new ArrayList<>();
    List<Problem> problems = lead.problems();
    List<UrgencyTrigger> triggers = lead.triggers();
    List<Stakeholder> people = stakeholders(lead);
    if (problems.size() > 1) {
      out.add(new Variant("reversing the problems", withProblems(lead, reversed(problems))));
      out.add(new Variant("rotating the problems by one", withProblems(lead, rotated(problems))));
      out.add(new Variant("shuffling the problems", withProblems(lead, dice.shuffled(problems))));
    }
    if (triggers.size() > 1) {
      out.add(new Variant("reversing the triggers", withTriggers(lead, reversed(triggers))));
      out.add(new Variant("rotating the triggers by one", withTriggers(lead, rotated(triggers))));
      out.add(new Variant("shuffling the triggers", withTriggers(lead, dice.shuffled(triggers))));
    }
    if (people.size() > 1) {
      out.add(new Variant("reversing the stakeholders", withStakeholders(lead, reversed(people))));
      out.add(
          new Variant("rotating the stakeholders by one", withStakeholders(lead, rotated(people))));
      out.add(
          new Variant("shuffling the stakeholders", withStakeholders(lead, dice.shuffled(people))));
    }
    if (out.size() > 3) {
      Lead all = withTriggers(withProblems(lead, dice.shuffled(problems)), dice.shuffled(triggers));
      if (people.size() > 1) {
        all = withStakeholders(all, dice.shuffled(people));
      }
      out.add(new Variant("shuffling problems, triggers and stakeholders together", all));
    }
    return out;
  }

  /**
   * The lead with every piece of personal data and free text replaced by other text of the same
   * blankness (absent stays absent, blank stays blank, non-blank stays non-blank): contact name,
   * title, e-mail and phone; stakeholder names and titles; company name and industry; context and
   * source; the situation summary and installed-base names and suppliers; problem statements;
   * trigger descriptions and consequences; decision process and timeline. Ids, numbers, dates,
   * enums and {@code attributes} are kept.
   */
  public static Lead reworded(Lead lead, Dice dice) {
    UnaryOperator<String> other = text -> requireText(Wording.sameBlankness(text, dice));
    Lead.Builder out = Lead.builder().from(lead);
    Contact contact = lead.contact();
    if (contact != null) {
      out.contact(
          Contact.builder()
              .name(Wording.sameBlankName(contact.name(), dice))
              .title(Wording.sameBlankness(contact.title(), dice))
              .email(Wording.sameBlankness(contact.email(), dice))
              .phone(Wording.sameBlankness(contact.phone(), dice))
              .build());
    }
    Company company = lead.company();
    if (company != null) {
      out.company(
          Company.builder()
              .from(company)
              .name(Wording.sameBlankness(company.name(), dice))
              .industry(Wording.sameBlankness(company.industry(), dice))
              .build());
    }
    out.context(Wording.sameBlankness(lead.context(), dice));
    out.source(Wording.sameBlankness(lead.source(), dice));
    Situation situation = lead.situation();
    if (situation != null) {
      List<InstalledBaseItem> items = new ArrayList<>();
      for (InstalledBaseItem item : situation.installedBase()) {
        items.add(
            InstalledBaseItem.builder()
                .from(item)
                .name(other.apply(item.name()))
                .supplier(Wording.sameBlankness(item.supplier(), dice))
                .build());
      }
      out.situation(
          Situation.builder()
              .from(situation)
              .summary(Wording.sameBlankness(situation.summary(), dice))
              .installedBase(items)
              .build());
    }
    List<Problem> problems = new ArrayList<>();
    for (Problem p : lead.problems()) {
      problems.add(Problem.builder().from(p).statement(other.apply(p.statement())).build());
    }
    out.problems(problems);
    List<UrgencyTrigger> triggers = new ArrayList<>();
    for (UrgencyTrigger t : lead.triggers()) {
      triggers.add(
          UrgencyTrigger.builder()
              .from(t)
              .description(other.apply(t.description()))
              .consequence(Wording.sameBlankness(t.consequence(), dice))
              .build());
    }
    out.triggers(triggers);
    DecisionProcess process = lead.decisionProcess();
    if (process != null) {
      List<Stakeholder> people = new ArrayList<>();
      for (Stakeholder s : process.stakeholders()) {
        people.add(
            Stakeholder.builder()
                .from(s)
                .name(Wording.sameBlankName(s.name(), dice))
                .title(Wording.sameBlankness(s.title(), dice))
                .build());
      }
      out.decisionProcess(
          DecisionProcess.builder()
              .from(process)
              .stakeholders(people)
              .process(Wording.sameBlankness(process.process(), dice))
              .timeline(Wording.sameBlankness(process.timeline(), dice))
              .build());
    }
    return out.build();
  }

  /**
   * The lead with a traceable marker as the contact's name, e-mail and phone and as every
   * stakeholder's name (a contact is added when there is none). The markers used are added to
   * {@code markers}.
   */
  public static Lead withPersonalDataMarkers(Lead lead, Dice dice, List<String> markers) {
    Contact contact = lead.contact();
    String name = Wording.marker(dice);
    String email = Wording.marker(dice) + "@example.com";
    String phone = Wording.marker(dice);
    Collections.addAll(markers, name, email, phone);
    Contact.Builder newContact = Contact.builder();
    if (contact != null) {
      newContact.from(contact);
    }
    Lead.Builder out =
        Lead.builder().from(lead).contact(newContact.name(name).email(email).phone(phone).build());
    DecisionProcess process = lead.decisionProcess();
    if (process != null) {
      List<Stakeholder> people = new ArrayList<>();
      for (Stakeholder s : process.stakeholders()) {
        String marker = Wording.marker(dice);
        markers.add(marker);
        people.add(Stakeholder.builder().from(s).name(marker).build());
      }
      out.decisionProcess(DecisionProcess.builder().from(process).stakeholders(people).build());
    }
    return out.build();
  }

  /** A reversed copy. */
  public static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  /** A copy rotated left by one. */
  public static <T> List<T> rotated(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.rotate(copy, -1);
    return copy;
  }

  /** A copy without the element at {@code index}. */
  public static <T> List<T> without(List<T> list, int index) {
    List<T> copy = new ArrayList<>(list);
    copy.remove(index);
    return copy;
  }

  /** A copy with the element at {@code index} replaced. */
  public static <T> List<T> replaced(List<T> list, int index, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, element);
    return copy;
  }

  private static String requireText(@org.jspecify.annotations.Nullable String text) {
    if (text == null) {
      throw new IllegalStateException("required text became absent");
    }
    return text;
  }
}
